package dev.mailbench.host.ui.editor;

import dev.mailbench.api.model.Project;
import dev.mailbench.api.route.RouteStepContributor;
import dev.mailbench.host.project.ValidationProblem;
import dev.mailbench.host.route.VisitRoute;
import dev.mailbench.host.ui.Styles;
import dev.mailbench.host.ui.i18n.Texts;
import dev.mailbench.kit.swing.WrappingLabel;
import java.awt.Font;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;

/**
 * The project's start page: the route of a visit, each step with its state and one click to go there, and the
 * handover export at the end. The first tab shown when a project opens; the navigator's project node opens it.
 */
public final class RouteEditor extends EditorPanel {
    public static final String ID = "route";

    private final JPanel steps = new JPanel(new MigLayout("insets 0, gapy 14, fillx, wrap 4",
            "[right]12[grow,fill,0:0]12[]12[]"));
    private final Consumer<String> goTo;
    private final Supplier<List<RouteStepContributor>> contributors;
    private Project project;
    private List<ValidationProblem> problems = List.of();
    private final List<Row> rows = new java.util.ArrayList<>();

    /** @param goTo opens a step's target: an editor or plugin panel id, or {@link VisitRoute#HANDOVER} */
    public RouteEditor(EditorContext context, Consumer<String> goTo) {
        this(context, goTo, List::of);
    }

    /** @param contributors what the running plugins say about their steps, asked at each rebuild */
    public RouteEditor(EditorContext context, Consumer<String> goTo, Supplier<List<RouteStepContributor>> contributors) {
        super(ID, context, "route.title", "route.hint");
        this.goTo = goTo;
        this.contributors = contributors;
        steps.setOpaque(false);
        steps.setName("route.steps");
        add(steps, "growx, aligny top, wmin 0");
    }

    @Override
    public void projectChanged(Project changed) {
        project = changed;
        rebuild();
    }

    @Override
    public void validated(Project candidate, List<ValidationProblem> found) {
        project = candidate;
        problems = found;
        rebuild();
    }

    @Override
    public void localeChanged() {
        rebuild();
    }

    /** The plugins started or changed: the steps they speak for are asked again (the window starts them after its first paint). */
    public void contributorsChanged() {
        rebuild();
    }

    /**
     * Shows the route: the rows are made once and updated in place afterwards. Opening a project tells this page
     * of the project, then of the validation (and a language switch or an edit does it again); making some 30
     * components anew each time cost the first paint a rebuild per call. New rows only when the steps change.
     */
    private void rebuild() {
        List<VisitRoute.Step> route = project == null ? List.of() : VisitRoute.of(project, problems, contributors.get());
        if (!sameSteps(route)) {
            steps.removeAll();
            rows.clear();
            for (VisitRoute.Step step : route) {
                rows.add(new Row(step, rows.size() + 1));
            }
        }
        for (int i = 0; i < route.size(); i++) {
            rows.get(i).show(route.get(i));
        }
        steps.revalidate();
        steps.repaint();
    }

    private boolean sameSteps(List<VisitRoute.Step> route) {
        if (route.size() != rows.size()) {
            return false;
        }
        for (int i = 0; i < route.size(); i++) {
            if (!route.get(i).id().equals(rows.get(i).id)) {
                return false;
            }
        }
        return true;
    }

    /** One step of the route: number, heading and summary, state, and the button that goes there. */
    private final class Row {
        private final String id;
        // Not an HTML label: the route is the first page shown, and the first HTML label of a run loads
        // Swing's HTML parser and its DTD on the event thread before the window can paint.
        private final WrappingLabel text = new WrappingLabel(null, "");
        private final JLabel state = new JLabel();
        private final JButton go = new JButton();
        private VisitRoute.State shownState;
        private String target;

        Row(VisitRoute.Step step, int n) {
            id = step.id();
            JLabel number = new JLabel(n + ".");
            number.setFont(number.getFont().deriveFont(Font.BOLD));
            steps.add(number, "aligny top");
            text.setName("route.step." + id);
            steps.add(text, "wmin 0");
            state.setName("route.state." + id);
            state.setFont(state.getFont().deriveFont(Font.BOLD));
            steps.add(state, "aligny top");
            go.setName("route.go." + id);
            go.addActionListener(e -> goTo.accept(target));
            steps.add(go, "aligny top, sg go");
        }

        /** Sets only what differs: an unchanged text keeps its wrapped lines and asks for no new layout. */
        void show(VisitRoute.Step step) {
            target = step.target();
            setIfChanged(Texts.of(step.title()), text.getHeading(), text::setHeading);
            setIfChanged(Texts.of(step.summary()), text.getText(), text::setText);
            setIfChanged(Texts.of(step.state().label()), state.getText(), state::setText);
            if (step.state() != shownState) {
                shownState = step.state();
                Styles.style(state, switch (step.state()) {
                    case DONE -> "foreground: $Component.accentColor";
                    case FINDINGS -> Styles.WARNING_FOREGROUND;
                    case NOT_STARTED -> Styles.MUTED_FOREGROUND;
                });
            }
            setIfChanged(Texts.get(VisitRoute.HANDOVER.equals(step.target()) ? "route.export" : "route.go"),
                    go.getText(), go::setText);
        }
    }

    private static void setIfChanged(String wanted, String shown, Consumer<String> set) {
        if (!java.util.Objects.equals(wanted, shown)) {
            set.accept(wanted);
        }
    }

    @Override
    public Project applyDrafts(Project p) {
        return p;
    }

    @Override
    public boolean hasDrafts() {
        return false;
    }

    @Override
    public int unreadableCount() {
        return 0;
    }

    @Override
    public void focusField(String field) {
    }

    @Override
    public boolean commitDrafts() {
        return true;
    }
}
