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

    private void rebuild() {
        steps.removeAll();
        if (project != null) {
            int n = 1;
            for (VisitRoute.Step step : VisitRoute.of(project, problems, contributors.get())) {
                JLabel number = new JLabel(n++ + ".");
                number.setFont(number.getFont().deriveFont(Font.BOLD));
                steps.add(number, "aligny top");
                // Not an HTML label: the route is the first page shown, and the first HTML label of a run loads
                // Swing's HTML parser and its DTD on the event thread before the window can paint.
                WrappingLabel text = new WrappingLabel(Texts.of(step.title()), Texts.of(step.summary()));
                text.setName("route.step." + step.id());
                steps.add(text, "wmin 0");
                JLabel state = Styles.style(new JLabel(Texts.of(step.state().label())), switch (step.state()) {
                    case DONE -> "foreground: $Component.accentColor";
                    case FINDINGS -> Styles.WARNING_FOREGROUND;
                    case NOT_STARTED -> Styles.MUTED_FOREGROUND;
                });
                state.setName("route.state." + step.id());
                state.setFont(state.getFont().deriveFont(Font.BOLD));
                steps.add(state, "aligny top");
                JButton go = new JButton(Texts.get(VisitRoute.HANDOVER.equals(step.target())
                        ? "route.export" : "route.go"));
                go.setName("route.go." + step.id());
                go.addActionListener(e -> goTo.accept(step.target()));
                steps.add(go, "aligny top, sg go");
            }
        }
        steps.revalidate();
        steps.repaint();
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
