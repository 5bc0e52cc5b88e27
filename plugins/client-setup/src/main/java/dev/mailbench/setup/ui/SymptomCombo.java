package dev.mailbench.setup.ui;

import dev.mailbench.api.I18nApi;
import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.setup.engine.Symptom;
import java.awt.Component;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JComboBox;
import javax.swing.JList;

/**
 * The symptom the consultant observed, "none" first; labels in the current language (drawn at paint time, so
 * a language switch needs only a repaint). {@link #toString} of an item is the {@link Symptom} constant.
 */
final class SymptomCombo {
    private static final LocalizedText NONE = LocalizedText.of("（症状なし・指定しない）", "(no symptom given)");

    private SymptomCombo() {
    }

    static JComboBox<Symptom> create(String name, SetupPanel panel) {
        JComboBox<Symptom> c = new JComboBox<>();
        c.addItem(null);
        for (Symptom s : Symptom.values()) {
            c.addItem(s);
        }
        c.setName(name);
        I18nApi i18n = panel.i18n();
        c.setRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected, boolean focus) {
                Object shown = value instanceof Symptom s ? i18n.text(s.label()) : i18n.text(NONE);
                return super.getListCellRendererComponent(list, shown, index, selected, focus);
            }
        });
        panel.scope().onLocaleChanged(l -> c.repaint());
        return c;
    }
}
