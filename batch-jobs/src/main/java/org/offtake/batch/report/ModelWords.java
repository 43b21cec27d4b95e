package org.offtake.batch.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A model description as the nightly job stores it (for example
 * {@code nonNegative(Auto(ETS(A,N,A) + DOTM)); WLS_STRUCTURAL}) said in words for planners. Parts it does not
 * recognise are left as they are; it never fails.
 */
final class ModelWords {

    private static final Pattern ETS = Pattern.compile("ETS\\(([AM]),(N|A|Ad|M|Md),([NAM])\\)");
    private static final Pattern INTERMITTENT = Pattern.compile("intermittent\\((SMOOTH|ERRATIC|INTERMITTENT|LUMPY)\\b");

    private ModelWords() {
    }

    /** The model in words; empty for null or blank. */
    static String describe(String model) {
        if (model == null || model.isBlank()) {
            return "";
        }
        String text = model.strip();
        String reconciliation = null;
        int semicolon = text.lastIndexOf(';');
        if (semicolon > 0 && text.substring(semicolon + 1).strip().matches("[A-Z_]+")) {
            reconciliation = text.substring(semicolon + 1).strip();
            text = text.substring(0, semicolon).strip();
        }
        String fallback = null;
        if (text.startsWith("fallback ")) {
            fallback = text;
        }
        List<String> parts = new ArrayList<>();
        Matcher intermittent = INTERMITTENT.matcher(text);
        if (text.startsWith("national demand x share")) {
            parts.add("the item's national forecast times this manufacturer's share (" + text + ")");
        } else if (intermittent.find()) {
            parts.add("an intermittent-demand forecast (" + intermittent.group(1).toLowerCase(Locale.ROOT)
                    + " demand in the Syntetos-Boylan-Croston classification): the mean of the SBA, TSB and IMAPA "
                    + "methods");
        } else {
            Matcher ets = ETS.matcher(text);
            List<String> members = new ArrayList<>();
            while (ets.find()) {
                members.add("exponential smoothing " + ets.group() + " (" + ets(ets.group(1), ets.group(2),
                        ets.group(3)) + ")");
            }
            if (text.contains("DOTM")) {
                members.add("the dynamic optimised Theta model (DOTM)");
            } else if (text.contains("DSTM")) {
                members.add("the dynamic standard Theta model (DSTM)");
            } else if (text.contains("OTM")) {
                members.add("the optimised Theta model (OTM)");
            } else if (text.contains("Theta")) {
                members.add("the Theta method");
            }
            if (members.size() > 1) {
                parts.add("an equal-weight combination of " + String.join(" and ", members));
            } else if (members.size() == 1) {
                parts.add(members.getFirst());
            } else {
                parts.add(text);
            }
        }
        StringBuilder words = new StringBuilder();
        if (fallback != null) {
            words.append("The fallback model, because the chosen one could not forecast this series: ")
                    .append(fallback.substring("fallback ".length()));
        } else {
            words.append(Character.toUpperCase(parts.getFirst().charAt(0))).append(parts.getFirst().substring(1));
        }
        if (text.startsWith("nonNegative(")) {
            words.append(", never below zero");
        }
        if (reconciliation != null) {
            words.append("; regions reconciled with the national total (").append(reconciliation).append(')');
        }
        return words.append('.').toString();
    }

    private static String ets(String error, String trend, String season) {
        String e = error.equals("A") ? "additive errors" : "multiplicative errors";
        String t = switch (trend) {
            case "N" -> "no trend";
            case "A" -> "a linear trend";
            case "Ad" -> "a damped trend";
            case "M" -> "a multiplicative trend";
            default -> "a damped multiplicative trend";
        };
        String s = switch (season) {
            case "N" -> "no seasonality";
            case "A" -> "additive seasonality";
            default -> "multiplicative seasonality";
        };
        return e + ", " + t + ", " + s;
    }
}
