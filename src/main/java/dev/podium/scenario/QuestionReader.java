package dev.podium.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the keys of an {@code ask} action ({@code question}, {@code options}, {@code answer}, {@code explain}) into
 * a {@link Question}, recording every problem with its place on the reader it was given. {@code answer} counts from
 * 1, as the class sees the options.
 */
final class QuestionReader {
    /** The keys an ask action has besides the ones every action has. */
    static final List<String> KEYS = List.of("question", "options", "answer", "explain");
    private static final String EXAMPLE = "[{en: \"Yes\", zh-CN: \"是\"}, {en: \"No\", zh-CN: \"否\"}]";

    private final NodeReader reader;

    QuestionReader(NodeReader reader) {
        this.reader = reader;
    }

    /** The question of {@code action}, or null after recording its problems. */
    Question read(YamlNode.Mapping action) {
        YamlNode questionNode = required(action, "question", "what the class is asked, in en and zh-CN");
        YamlNode optionsNode = required(action, "options", "the choices, such as " + EXAMPLE);
        YamlNode answerNode = required(action, "answer", "the number of the right option, from 1");
        YamlNode explainNode = required(action, "explain", "why that is the answer, narrated after the reveal");
        LocalizedText text = questionNode == null ? null : reader.localized("question", questionNode);
        LocalizedText explain = explainNode == null ? null : reader.localized("explain", explainNode);
        List<LocalizedText> options = optionsNode == null ? null : options(optionsNode);
        Long answer = answerNode == null ? null : reader.integer("answer", answerNode, "1");
        if (options != null && answer != null && (answer < 1 || answer > options.size())) {
            reader.problem(answerNode.where(), "answer: " + answer + " is not an option; expected a number from 1 to "
                    + options.size());
            return null;
        }
        if (text == null || explain == null || options == null || answer == null) {
            return null;
        }
        return new Question(text, options, (int) (answer - 1), explain);
    }

    private List<LocalizedText> options(YamlNode node) {
        List<YamlNode> items = reader.list("options", node, EXAMPLE);
        if (items == null) {
            return null;
        }
        if (items.size() < 2 || items.size() > Question.MAX_OPTIONS) {
            reader.problem(node.where(), "options: expected 2 to " + Question.MAX_OPTIONS
                    + " options (picked with the keys 1 to 9), found " + items.size());
            return null;
        }
        List<LocalizedText> options = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            options.add(reader.localized("options[" + (i + 1) + "]", items.get(i)));
        }
        return options;
    }

    private YamlNode required(YamlNode.Mapping mapping, String key, String what) {
        YamlNode.Entry entry = mapping.get(key);
        if (entry == null) {
            reader.problem(mapping.where(), "an 'ask' action needs '" + key + "' (" + what + ")");
            return null;
        }
        return entry.value();
    }
}
