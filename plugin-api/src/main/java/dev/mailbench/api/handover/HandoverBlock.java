package dev.mailbench.api.handover;

/** A piece of a handover section. */
public sealed interface HandoverBlock permits KeyValueBlock, TableBlock, ChecklistBlock, ImageBlock, TextBlock {
    /** Sub-heading shown above the block; may be empty. */
    String title();
}
