package dev.mailbench.imap.ui;

import dev.mailbench.api.I18nApi;
import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.imap.ImapAccount;
import dev.mailbench.imap.TlsMode;
import dev.mailbench.kit.net.TrustStores;
import java.awt.Component;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JTextField;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import net.miginfocom.swing.MigLayout;

/**
 * The login form for one mail server: server, port, security (SSL/TLS or STARTTLS), user name, password and an
 * extra CA, optionally with an IMAP/POP3 choice. Every panel that logs in to a mailbox uses it, so the fields,
 * their checks and their messages are the same everywhere.
 *
 * <p>Labels are bound through {@link I18nApi} and follow the language switch. Components are named
 * {@code <prefix>.host}, {@code .protocol}, {@code .port}, {@code .security}, {@code .user}, {@code .password},
 * {@code .ca} and {@code .browseCa}, so tests can find them. The security follows the port whenever a standard port
 * is typed (993/995 SSL/TLS, 143/110 STARTTLS); for any other port it stays as the user chose it. The password stays
 * in its field: {@link #account} hands the caller a copy inside the {@link ImapAccount}, which the caller wipes.
 */
public final class ServerAccountForm extends JPanel {
    /** The protocol of the server, with its standard ports. */
    public enum Protocol {
        IMAP(993, 143),
        POP3(995, 110);

        private final int tlsPort;
        private final int startTlsPort;

        Protocol(int tlsPort, int startTlsPort) {
            this.tlsPort = tlsPort;
            this.startTlsPort = startTlsPort;
        }

        /** The standard port of this protocol for {@code mode}. */
        public int standardPort(TlsMode mode) {
            return mode == TlsMode.STARTTLS ? startTlsPort : tlsPort;
        }

        boolean isStandardPort(String text) {
            return text.equals(String.valueOf(tlsPort)) || text.equals(String.valueOf(startTlsPort));
        }
    }

    /**
     * What the form shows.
     *
     * @param protocolChoice an IMAP/POP3 choice before the port (else IMAP only)
     * @param caField        an extra-CA field with its browse button (else the caller passes the trust to
     *                       {@link #account(SSLContext)}, e.g. from another form's {@link #trust()})
     * @param serverLabel    the label of the server field
     */
    public record Options(boolean protocolChoice, boolean caField, LocalizedText serverLabel) {
        /** IMAP, with an extra-CA field, the server labelled サーバー / Server. */
        public static Options imap() {
            return new Options(false, true, LocalizedText.of("サーバー", "Server"));
        }

        public Options withProtocolChoice() {
            return new Options(true, caField, serverLabel);
        }

        public Options withoutCa() {
            return new Options(protocolChoice, false, serverLabel);
        }

        public Options withServerLabel(LocalizedText label) {
            return new Options(protocolChoice, caField, label);
        }
    }

    /** Input the user must correct: what is wrong (both languages) and the field to focus. */
    public static final class InvalidInput extends Exception {
        private final LocalizedText text;
        private final transient JComponent field;

        InvalidInput(LocalizedText text, JComponent field) {
            super(text.ja() + " / " + text.en());
            this.text = text;
            this.field = field;
        }

        public LocalizedText text() {
            return text;
        }

        public JComponent field() {
            return field;
        }
    }

    private final I18nApi i18n;
    private final Options options;
    private final JTextField host = new JTextField(18);
    private final JComboBox<Protocol> protocol = new JComboBox<>(Protocol.values());
    private final JTextField port = new JTextField("993", 5);
    private final JComboBox<TlsMode> security = new JComboBox<>(TlsMode.values());
    private final JTextField user = new JTextField(22);
    private final JPasswordField password = new JPasswordField(14);
    private final JTextField ca = new JTextField(18);
    private final JButton browseCa = new JButton();
    private final List<Consumer<Protocol>> protocolListeners = new ArrayList<>();
    /** Room a server name and a user name (an address) need to be read whole: below it, the form takes more rows. */
    private static final int USABLE_HOST = 180;
    private static final int USABLE_USER = 220;
    private JLabel serverLabel;
    private JLabel portLabel;
    private JLabel userLabel;
    private JLabel passwordLabel;
    private JLabel caLabel;
    /** Whether the form is laid out in its wide shape (user name beside the port); null before the first layout. */
    private Boolean wide;

    public ServerAccountForm(I18nApi i18n, String prefix, Options options) {
        super(new MigLayout("insets 0, gap 6 6", "[right][grow,fill][right][fill][right][grow,fill]"));
        this.i18n = i18n;
        this.options = options;
        setOpaque(false);
        name(prefix);
        layOut();
        // a narrow tab (1024 wide screen) gets the user name on the password's row, so no field is squeezed
        addComponentListener(new java.awt.event.ComponentAdapter() {
            @Override
            public void componentResized(java.awt.event.ComponentEvent e) {
                fit();
            }
        });
        security.setRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected,
                                                          boolean focus) {
                return super.getListCellRendererComponent(list, value == TlsMode.STARTTLS ? "STARTTLS" : "SSL/TLS", index,
                        selected, focus);
            }
        });
        port.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                followStandardPort();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                followStandardPort();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                followStandardPort();
            }
        });
        protocol.addActionListener(e -> protocolChanged());
        browseCa.addActionListener(e -> chooseCa());
    }

    private void name(String prefix) {
        setName(prefix + ".server");
        host.setName(prefix + ".host");
        protocol.setName(prefix + ".protocol");
        port.setName(prefix + ".port");
        security.setName(prefix + ".security");
        user.setName(prefix + ".user");
        password.setName(prefix + ".password");
        ca.setName(prefix + ".ca");
        browseCa.setName(prefix + ".browseCa");
    }

    private void layOut() {
        serverLabel = label(options.serverLabel());
        portLabel = label(LocalizedText.of("ポート", "Port"));
        userLabel = label(LocalizedText.of("ユーザー名", "User name"));
        passwordLabel = label(LocalizedText.of("パスワード", "Password"));
        caLabel = label(LocalizedText.of("追加の CA", "Extra CA"));
        i18n.bindTooltip(security, LocalizedText.of(
                "SSL/TLS: 最初から暗号化（993・995）。STARTTLS: 接続してから暗号化（143・110）。どちらも証明書を検証します。",
                "SSL/TLS: encrypted from the start (993, 995). STARTTLS: encrypted after connecting (143, 110). "
                        + "The certificate is verified either way."));
        i18n.bind(browseCa, LocalizedText.of("参照…", "Browse…"));
        layOut(true);
    }

    /** The wide shape when the form has room for each field at a usable width, else the narrow one. */
    private void fit() {
        if (getWidth() > 0) {
            layOut(getWidth() >= wideWidth());
        }
    }

    /** Labels, a usable host and user field, the port cell, and the gaps between them. */
    private int wideWidth() {
        int portCell = port.getPreferredSize().width + security.getPreferredSize().width
                + (options.protocolChoice() ? protocol.getPreferredSize().width : 0);
        return serverLabel.getPreferredSize().width + USABLE_HOST + portLabel.getPreferredSize().width + portCell
                + userLabel.getPreferredSize().width + USABLE_USER + 10 * 6;
    }

    /**
     * Wide: server, port and user name on one row, password and extra CA on the next. Narrow: server and port, then
     * user name and password, then the extra CA.
     */
    private void layOut(boolean wideNow) {
        if (wide != null && wide == wideNow) {
            return;
        }
        wide = wideNow;
        removeAll();
        setLayout(new MigLayout("insets 0, gap 6 6", wideNow ? "[right][grow,fill][right][fill][right][grow,fill]"
                : "[right][grow,fill][right][grow,fill]"));
        add(serverLabel);
        add(host, "wmin 60");
        add(portLabel);
        if (options.protocolChoice()) {
            add(protocol, "split 3");
            add(port, "w 60!");
        } else {
            add(port, "split 2, w 60!");
        }
        add(security, wideNow ? "" : "growx 0, wrap");
        add(userLabel);
        add(user, wideNow ? "wmin 60, wrap" : "wmin 60");
        add(passwordLabel);
        add(password, wideNow && options.caField() ? "" : "wmin 60, wrap");
        if (options.caField()) {
            add(caLabel);
            add(ca, "span 3, split 2, growx, wmin 60");
            add(browseCa, "growx 0, wrap");
        }
        revalidate();
        repaint();
    }

    private JLabel label(LocalizedText text) {
        return i18n.bind(new JLabel(), text);
    }

    /** Called on the EDT after the protocol changed and the port followed it. */
    public void onProtocolChanged(Consumer<Protocol> listener) {
        protocolListeners.add(listener);
    }

    public Protocol protocol() {
        return options.protocolChoice() ? (Protocol) protocol.getSelectedItem() : Protocol.IMAP;
    }

    public void setProtocol(Protocol value) {
        protocol.setSelectedItem(value);
    }

    public TlsMode security() {
        return (TlsMode) security.getSelectedItem();
    }

    public void setSecurity(TlsMode mode) {
        security.setSelectedItem(mode);
    }

    public void setHost(String value) {
        host.setText(value == null ? "" : value);
    }

    public void setPort(int value) {
        port.setText(Integer.toString(value));
    }

    public void setUser(String value) {
        user.setText(value == null ? "" : value);
    }

    /** A protocol switch keeps a port the user typed, and moves a standard port (or none) to the new protocol's. */
    private void protocolChanged() {
        Protocol now = protocol();
        String typed = port.getText().trim();
        boolean otherStandard = false;
        for (Protocol p : Protocol.values()) {
            otherStandard |= p != now && p.isStandardPort(typed);
        }
        if (typed.isEmpty() || otherStandard) {
            setPort(now.standardPort(security()));
        }
        List.copyOf(protocolListeners).forEach(l -> l.accept(now));
    }

    private void followStandardPort() {
        try {
            TlsMode.standardFor(Integer.parseInt(port.getText().trim())).ifPresent(security::setSelectedItem);
        } catch (NumberFormatException notYet) {
            // the user is still typing: the security stays as it is
        }
    }

    private void chooseCa() {
        JFileChooser chooser = new JFileChooser(ca.getText().isBlank() ? null : ca.getText());
        chooser.setFileSelectionMode(JFileChooser.FILES_ONLY);
        if (chooser.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) {
            ca.setText(chooser.getSelectedFile().getAbsolutePath());
        }
    }

    /** Reads the form: the account to log in with (the caller wipes its password), or what to correct. */
    public ImapAccount account() throws InvalidInput {
        checkFields();
        return build(trust());
    }

    /** Reads the form with trust the caller already has (a form without its own CA field). */
    public ImapAccount account(SSLContext trust) throws InvalidInput {
        checkFields();
        return build(trust);
    }

    /** The system's CAs plus the extra CA of this form's field, if one is given. */
    public SSLContext trust() throws InvalidInput {
        String file = options.caField() ? ca.getText().trim() : "";
        Path path = file.isEmpty() ? null : Path.of(file);
        if (path != null && !Files.isRegularFile(path)) {
            throw invalid("CA 証明書のファイルがありません: " + file, "The CA certificate file does not exist: " + file, ca);
        }
        try {
            return TrustStores.systemPlus(path);
        } catch (Exception e) {
            throw invalid("CA 証明書を読み込めません: " + e.getMessage(), "Cannot read the CA certificate: " + e.getMessage(), ca);
        }
    }

    private void checkFields() throws InvalidInput {
        String h = host.getText().trim();
        if (h.isEmpty()) {
            throw invalid("サーバー名を入力してください（例 sv1234.xserver.jp）。", "Enter the server name (e.g. sv1234.xserver.jp).", host);
        }
        if (h.chars().anyMatch(c -> Character.isWhitespace(c) || c == '/' || c == '@')) {
            throw invalid("サーバー名だけを入力してください（例 sv1234.xserver.jp。メールアドレス・https://・スペースは不要です）。",
                    "Enter the server name only (e.g. sv1234.xserver.jp), without an address, https:// or spaces.", host);
        }
        if (portNumber() < 0) {
            Protocol p = protocol();
            throw invalid("ポートは 1〜65535 の数字です（" + p + " は SSL/TLS なら通常 " + p.standardPort(TlsMode.IMPLICIT_TLS)
                            + "、STARTTLS なら " + p.standardPort(TlsMode.STARTTLS) + "）。",
                    "The port is a number 1-65535 (" + p + ": usually " + p.standardPort(TlsMode.IMPLICIT_TLS)
                            + " with SSL/TLS, " + p.standardPort(TlsMode.STARTTLS) + " with STARTTLS).", port);
        }
        if (user.getText().isBlank()) {
            throw invalid("ユーザー名を入力してください。", "Enter the user name.", user);
        }
        if (password.getDocument().getLength() == 0) {
            throw invalid("パスワードを入力してください。", "Enter the password.", password);
        }
    }

    /** The port, or -1 when it is not a number 1-65535. */
    private int portNumber() {
        try {
            int p = Integer.parseInt(port.getText().trim());
            return p >= 1 && p <= 65535 ? p : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private ImapAccount build(SSLContext trust) {
        return new ImapAccount(host.getText().trim(), portNumber(), user.getText().trim(), password.getPassword(), trust,
                security());
    }

    private static InvalidInput invalid(String ja, String en, JComponent field) {
        return new InvalidInput(LocalizedText.of(ja, en), field);
    }
}
