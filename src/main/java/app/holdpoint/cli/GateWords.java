package app.holdpoint.cli;

import app.holdpoint.protocol.Gate;

/** A step's gate in {@code plan}, in the command line's language: "(only if cold-intolerance: no)". */
record GateWords(CliText words) implements Gate.Words {
    @Override
    public String answer(String questionId, boolean yes) {
        return words.get("plan.gate.answer", questionId, words.get(yes ? "plan.gate.yes" : "plan.gate.no"));
    }

    @Override
    public String anyOf(String answers) {
        return words.get("plan.gate.anyOf", answers);
    }

    @Override
    public String onlyIf(String parts) {
        return words.get("plan.gate.onlyIf", parts);
    }
}
