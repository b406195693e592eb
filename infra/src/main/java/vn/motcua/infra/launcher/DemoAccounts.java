package vn.motcua.infra.launcher;

import java.util.ArrayList;
import java.util.List;

/** The demo logins that exist in demo mode (all with password {@value #PASSWORD}); printed at start-up. */
public final class DemoAccounts {

    public static final String PASSWORD = "demo";
    public static final List<String> PROVINCE_SLUGS = List.of("gia-lai", "quang-ngai", "bac-ninh", "ha-tinh");
    public static final List<String> PROVINCE_ROLES = List.of("admin", "leader", "clerk", "officer");

    private DemoAccounts() {
    }

    /** Banner lines describing the demo logins. */
    public static List<String> describe() {
        List<String> lines = new ArrayList<>();
        lines.add("Demo logins (password for all: " + PASSWORD + "):");
        lines.add(String.format("  %-20s platform administrator", "admin"));
        lines.add(String.format("  %-20s central agency viewer", "central"));
        for (String slug : PROVINCE_SLUGS) {
            StringBuilder sb = new StringBuilder("  ");
            for (String role : PROVINCE_ROLES) {
                sb.append(String.format("%-20s ", slug + "." + role));
            }
            lines.add(sb.toString().stripTrailing());
        }
        return lines;
    }

    /** All demo user names. */
    public static List<String> userNames() {
        List<String> names = new ArrayList<>(List.of("admin", "central"));
        for (String slug : PROVINCE_SLUGS) {
            for (String role : PROVINCE_ROLES) {
                names.add(slug + "." + role);
            }
        }
        return names;
    }
}
