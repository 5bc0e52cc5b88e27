package dev.mailbench.host.ui.editor;

import dev.mailbench.api.model.Project;
import dev.mailbench.host.project.ValidationProblem;
import dev.mailbench.host.ui.Styles;
import dev.mailbench.host.ui.i18n.Texts;
import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.text.JTextComponent;

/**
 * Binds form fields to one entity of the project.
 *
 * <p>Text is kept as a <em>draft</em> while the consultant types: the project is validated as it would be
 * with the draft (so errors show as you type), and the draft becomes one undoable edit when the field is
 * left or Enter is pressed, or before save, undo and close ({@link #commit}). Text the model cannot hold
 * (a quota of "abc") stays in the field with its error; it is never silently dropped. Choices and check
 * boxes commit at once.
 */
public final class Form {
    /** Reads a field's text from the project and writes it back. */
    public interface TextAccess {
        String read(Project project);

        Project write(Project project, String text) throws InvalidInput;
    }

    private final EditorContext context;
    private final String entity;
    private final Supplier<String> entityId;
    private final List<Binding> bindings = new ArrayList<>();
    private boolean loading;

    /**
     * @param entity   the validator's entity name these fields belong to
     * @param entityId the id of the entity being edited now (empty for project-level fields)
     */
    public Form(EditorContext context, String entity, Supplier<String> entityId) {
        this.context = context;
        this.entity = entity;
        this.entityId = entityId;
    }

    // ---- binding factories ----

    public JTextField text(String name, String field, String labelKey, TextAccess access) {
        JTextField textField = new JTextField();
        textField.addActionListener(e -> commit());
        add(new TextBinding(name, field, labelKey, textField, textField, access));
        return textField;
    }

    /** A multi-line field; returns its scroll pane (the component to lay out). */
    public JScrollPane area(String name, String field, String labelKey, int rows, TextAccess access) {
        JTextArea area = new JTextArea(rows, 20);
        area.setLineWrap(true);
        area.setWrapStyleWord(true);
        tabLeavesTheField(area);
        JScrollPane scroll = new JScrollPane(area);
        scroll.setName(name + ".scroll");
        add(new TextBinding(name, field, labelKey, area, scroll, access));
        return scroll;
    }

    /**
     * In a form, Tab goes to the next field as in every other field (a memo rarely needs a tab character);
     * Ctrl+Tab inserts one.
     */
    static void tabLeavesTheField(JTextArea area) {
        area.setFocusTraversalKeys(java.awt.KeyboardFocusManager.FORWARD_TRAVERSAL_KEYS,
                java.util.Set.of(javax.swing.KeyStroke.getKeyStroke(java.awt.event.KeyEvent.VK_TAB, 0)));
        area.setFocusTraversalKeys(java.awt.KeyboardFocusManager.BACKWARD_TRAVERSAL_KEYS,
                java.util.Set.of(javax.swing.KeyStroke.getKeyStroke(java.awt.event.KeyEvent.VK_TAB,
                        java.awt.event.InputEvent.SHIFT_DOWN_MASK)));
        area.getInputMap().put(javax.swing.KeyStroke.getKeyStroke(java.awt.event.KeyEvent.VK_TAB,
                java.awt.event.InputEvent.CTRL_DOWN_MASK), "mailbench-insert-tab");
        area.getActionMap().put("mailbench-insert-tab", new javax.swing.AbstractAction() {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                area.replaceSelection("\t");
            }
        });
    }

    public <E> JComboBox<E> choice(String name, String field, String labelKey, E[] values,
                                   Function<E, String> label, Function<Project, E> read,
                                   BiFunction<Project, E, Project> write) {
        JComboBox<E> combo = new JComboBox<>(values);
        combo.setRenderer(new LabelRenderer<>(label));
        add(new ChoiceBinding<>(name, field, labelKey, combo, read, write));
        return combo;
    }

    public JCheckBox check(String name, String field, String labelKey, Function<Project, Boolean> read,
                           BiFunction<Project, Boolean, Project> write) {
        JCheckBox box = Texts.bind(new JCheckBox(), labelKey);
        add(new CheckBinding(name, field, labelKey, box, read, write));
        return box;
    }

    private void add(Binding binding) {
        binding.component.setName(binding.name);
        binding.message.setName(binding.name + ".message");
        bindings.add(binding);
    }

    // ---- layout ----

    /**
     * Adds "label | field" and, below the field, its (usually hidden) validation message. The panel's
     * layout must have a label column and a field column and no automatic wrap.
     */
    public void row(JPanel panel, String labelKey, JComponent field, String fieldConstraints) {
        row(panel, labelKey, field, fieldConstraints, null);
    }

    /** A row with a small button after the field (a picker), sharing the field's cell. */
    public void row(JPanel panel, String labelKey, JComponent field, String fieldConstraints, JComponent button) {
        Binding binding = bindingFor(field);
        JLabel label = Texts.label(labelKey);
        label.setLabelFor(field instanceof JScrollPane scroll ? scroll.getViewport().getView() : field);
        boolean tall = field instanceof JScrollPane;
        panel.add(label, tall ? "aligny top, gaptop 6" : "");
        String constraints = fieldConstraints == null || fieldConstraints.isEmpty() ? "growx" : fieldConstraints;
        if (button == null) {
            panel.add(field, constraints + ", wrap");
        } else {
            panel.add(field, constraints + ", split 2");
            panel.add(button, "wrap");
        }
        if (binding != null) {
            panel.add(binding.message, "skip, growx, wmin 0, wrap, hidemode 3, gaptop 0");
        }
    }

    public void hint(JPanel panel, String hintKey) {
        panel.add(Styles.muted(Styles.styleClass(Texts.label(hintKey), "small")), "skip, growx, wrap, gaptop 0");
    }

    private Binding bindingFor(JComponent component) {
        for (Binding b : bindings) {
            if (b.outline == component || b.component == component) {
                return b;
            }
        }
        return null;
    }

    // ---- state ----

    /** Shows the project's values; fields with a draft keep what the consultant typed. */
    public void load(Project project) {
        loading = true;
        try {
            for (Binding b : bindings) {
                b.load(project);
            }
        } finally {
            loading = false;
        }
    }

    /** Runs {@code change} without treating the widget events it causes as the consultant's edits. */
    public void quietly(Runnable change) {
        boolean was = loading;
        loading = true;
        try {
            change.run();
        } finally {
            loading = was;
        }
    }

    public void setEnabled(boolean enabled) {
        for (Binding b : bindings) {
            b.component.setEnabled(enabled);
        }
    }

    /** The project as it would be if every draft were committed now (for as-you-type validation). */
    public Project applyDrafts(Project project) {
        Project result = project;
        for (Binding b : bindings) {
            if (b instanceof TextBinding t) {
                result = t.apply(result);
            }
        }
        return result;
    }

    /** Moves the keyboard focus to the field bound to {@code field}; false when this form has none. */
    public boolean focus(String field) {
        for (Binding b : bindings) {
            if (b.field.equals(field)) {
                b.component.requestFocusInWindow();
                return true;
            }
        }
        return false;
    }

    public boolean hasDrafts() {
        return bindings.stream().anyMatch(b -> b instanceof TextBinding t && t.draft != null);
    }

    /** How many fields hold typed text the model cannot take (shown, marked, and not yet in the project). */
    public int unreadableCount() {
        return (int) bindings.stream()
                .filter(b -> b instanceof TextBinding t && t.draft != null && t.localErrorKey != null).count();
    }

    /**
     * Commits every draft as its own undoable edit.
     *
     * @return false when some text cannot be held by the model; it stays in its field, marked
     */
    public boolean commit() {
        boolean all = true;
        for (Binding b : bindings) {
            if (b instanceof TextBinding t) {
                all &= t.commit();
            }
        }
        return all;
    }

    /** Forgets drafts (the entity they belonged to is gone). */
    public void discardDrafts() {
        for (Binding b : bindings) {
            if (b instanceof TextBinding t) {
                t.draft = null;
                t.localErrorKey = null;
            }
        }
    }

    /** Marks fields with the validator's problems (and with input the model cannot hold). */
    public void decorate(List<ValidationProblem> problems) {
        String id = entityId.get();
        for (Binding b : bindings) {
            ValidationProblem worst = null;
            for (ValidationProblem p : problems) {
                if (matches(p, id, b.field) && (worst == null || isError(p) && !isError(worst))) {
                    worst = p;
                }
            }
            if (b instanceof TextBinding t && t.localErrorKey != null) {
                b.show("error", Texts.get(t.localErrorKey));
            } else if (worst == null) {
                b.show(null, null);
            } else {
                b.show(isError(worst) ? "error" : "warning", Texts.of(worst.message()));
            }
        }
    }

    private boolean matches(ValidationProblem p, String id, String field) {
        return entity.equals(p.entity())
                && (id == null || id.isEmpty() || p.entityId() == null || p.entityId().isEmpty() || id.equals(p.entityId()))
                && field.equals(p.field());
    }

    static boolean isError(ValidationProblem p) {
        return "ERROR".equals(String.valueOf(p.severity()));
    }

    private String describe(String labelKey) {
        return Texts.format("edit.change", Texts.get(labelKey));
    }

    // ---- bindings ----

    private abstract class Binding {
        final String name;
        final String field;
        final String labelKey;
        final JComponent component;
        final JComponent outline;
        final JLabel message = new JLabel();

        Binding(String name, String field, String labelKey, JComponent component, JComponent outline) {
            this.name = name;
            this.field = field;
            this.labelKey = labelKey;
            this.component = component;
            this.outline = outline;
            message.setVisible(false);
            Styles.styleClass(message, "small");
        }

        abstract void load(Project project);

        void show(String outlineKind, String text) {
            outline.putClientProperty("JComponent.outline", outlineKind);
            if (outline != component) {
                component.putClientProperty("JComponent.outline", outlineKind);
            }
            message.setText(text == null ? "" : text);
            // A long message may not fit beside a narrow window's field: the whole text stays readable on hover.
            message.setToolTipText(text);
            Styles.style(message, "error".equals(outlineKind) ? Styles.ERROR_FOREGROUND : Styles.WARNING_FOREGROUND);
            message.setVisible(text != null);
        }
    }

    private final class TextBinding extends Binding {
        final JTextComponent text;
        final TextAccess access;
        String draft;
        String localErrorKey;

        TextBinding(String name, String field, String labelKey, JTextComponent text, JComponent outline,
                    TextAccess access) {
            super(name, field, labelKey, text, outline);
            this.text = text;
            this.access = access;
            text.getDocument().addDocumentListener(new DocumentListener() {
                @Override
                public void insertUpdate(DocumentEvent e) {
                    typed();
                }

                @Override
                public void removeUpdate(DocumentEvent e) {
                    typed();
                }

                @Override
                public void changedUpdate(DocumentEvent e) {
                    typed();
                }
            });
            text.addFocusListener(new FocusAdapter() {
                @Override
                public void focusLost(FocusEvent e) {
                    commit();
                }
            });
        }

        void typed() {
            if (loading) {
                return;
            }
            draft = text.getText();
            localErrorKey = check(draft);
            context.draftsChanged();
        }

        private String check(String value) {
            try {
                access.write(context.session().project(), value);
                return null;
            } catch (InvalidInput e) {
                return e.messageKey();
            }
        }

        Project apply(Project project) {
            if (draft == null || localErrorKey != null) {
                return project;
            }
            try {
                return access.write(project, draft);
            } catch (InvalidInput e) {
                return project;
            }
        }

        boolean commit() {
            if (draft == null) {
                return true;
            }
            if (localErrorKey != null) {
                return false;
            }
            String value = draft;
            draft = null;
            context.session().update(describe(labelKey), p -> {
                try {
                    return access.write(p, value);
                } catch (InvalidInput e) {
                    return p;
                }
            });
            // Show the value the one way the project holds it (12/3 becomes 2026-12-03), also when it was already so.
            quietly(() -> load(context.session().project()));
            context.draftsChanged();
            return true;
        }

        @Override
        void load(Project project) {
            if (draft != null) {
                return;
            }
            String value = access.read(project);
            if (!Objects.equals(value, text.getText())) {
                text.setText(value);
                text.setCaretPosition(0);
            }
        }
    }

    private final class ChoiceBinding<E> extends Binding {
        final JComboBox<E> combo;
        final Function<Project, E> read;

        ChoiceBinding(String name, String field, String labelKey, JComboBox<E> combo, Function<Project, E> read,
                      BiFunction<Project, E, Project> write) {
            super(name, field, labelKey, combo, combo);
            this.combo = combo;
            this.read = read;
            combo.addActionListener(e -> {
                if (!loading && combo.getSelectedItem() != null) {
                    @SuppressWarnings("unchecked")
                    E value = (E) combo.getSelectedItem();
                    context.session().update(describe(labelKey), p -> write.apply(p, value));
                }
            });
        }

        @Override
        void load(Project project) {
            E value = read.apply(project);
            if (!Objects.equals(value, combo.getSelectedItem())) {
                combo.setSelectedItem(value);
            }
        }
    }

    private final class CheckBinding extends Binding {
        final JCheckBox box;
        final Function<Project, Boolean> read;

        CheckBinding(String name, String field, String labelKey, JCheckBox box, Function<Project, Boolean> read,
                     BiFunction<Project, Boolean, Project> write) {
            super(name, field, labelKey, box, box);
            this.box = box;
            this.read = read;
            box.addActionListener(e -> {
                if (!loading) {
                    boolean value = box.isSelected();
                    context.session().update(describe(labelKey), p -> write.apply(p, value));
                }
            });
        }

        @Override
        void load(Project project) {
            box.setSelected(Boolean.TRUE.equals(read.apply(project)));
        }
    }
}
