import com.formdev.flatlaf.FlatLightLaf;
import java.awt.Graphics;
import java.lang.management.ManagementFactory;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingConstants;
import javax.swing.SwingUtilities;

/**
 * The peer of bench/startup.sh: the smallest FlatLaf window (1280x800, one Japanese label), measured the
 * same way as MailBench: milliseconds from JVM start to the first paint of the window's content.
 */
public final class BareFlatLafHello {
    public static void main(String[] args) throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            FlatLightLaf.setup();
            JFrame frame = new JFrame("hello");
            JPanel content = new JPanel(new java.awt.BorderLayout()) {
                private boolean painted;

                @Override
                public void paint(Graphics g) {
                    super.paint(g);
                    if (!painted) {
                        painted = true;
                        long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                        System.out.println("STARTUP_PAINTED " + ms);
                        SwingUtilities.invokeLater(() -> {
                            frame.dispose();
                            System.exit(0);
                        });
                    }
                }
            };
            content.add(new JLabel("こんにちは、FlatLaf", SwingConstants.CENTER));
            frame.setContentPane(content);
            frame.setSize(1280, 800);
            frame.setLocationRelativeTo(null);
            frame.setVisible(true);
        });
    }
}
