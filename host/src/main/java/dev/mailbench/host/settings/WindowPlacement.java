package dev.mailbench.host.settings;

/**
 * Where the main window was on one screen when it last closed: its normal (not maximized) bounds in screen
 * coordinates, and whether it was maximized.
 */
public record WindowPlacement(int x, int y, int width, int height, boolean maximized) {
}
