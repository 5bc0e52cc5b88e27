package dev.mailbench.host.ui.editor;

import java.awt.Component;
import java.util.function.Function;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JList;

/** Shows a value through a label function evaluated at paint time, so a language switch needs only a repaint. */
public final class LabelRenderer<E> extends DefaultListCellRenderer {
    private final transient Function<E, String> label;

    public LabelRenderer(Function<E, String> label) {
        this.label = label;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected,
                                                  boolean focused) {
        String text = value == null ? "" : label.apply((E) value);
        return super.getListCellRendererComponent(list, text, index, selected, focused);
    }
}
