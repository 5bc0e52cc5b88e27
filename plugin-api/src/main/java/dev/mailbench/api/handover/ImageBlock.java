package dev.mailbench.api.handover;

/** A PNG image (a chart), with the size it should be printed at in pixels at 96 dpi. */
public record ImageBlock(String title, byte[] png, int widthPx, int heightPx) implements HandoverBlock {
    public ImageBlock {
        title = title == null ? "" : title;
        png = png.clone();
    }

    @Override
    public byte[] png() {
        return png.clone();
    }
}
