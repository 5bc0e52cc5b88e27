package dev.mailbench.host.ui.editor;

import dev.mailbench.api.model.ProviderRef;
import dev.mailbench.host.project.ProjectSession;
import java.awt.Component;
import java.util.List;
import java.util.Optional;

/** What an editor needs from the workbench window; keeps editors testable and free of the frame. */
public interface EditorContext {
    ProjectSession session();

    /** The mail host the provider reference resolves to, e.g. {@code sv1234.xserver.jp}. */
    Optional<String> resolveMailHost(ProviderRef ref);

    List<String> providerProfileIds();

    /** What the consultant reads for a provider profile id ("エックスサーバー (Xserver)" for "xserver"). */
    String providerDisplayName(String profileId);

    /** Text was typed but not committed yet: validate the project as it would be with the drafts. */
    void draftsChanged();

    Component dialogParent();
}
