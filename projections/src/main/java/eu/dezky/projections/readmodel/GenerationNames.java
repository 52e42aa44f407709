package eu.dezky.projections.readmodel;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How generations of a read model are named. Generation 0 is the read model as first built, under its plain names;
 * a rebuild writes generation N (unique across all projections) into {@code <collection>__g<N>}, and its processor
 * keeps its tracking token under {@code <processing group>@g<N>}.
 */
public final class GenerationNames {

    private static final Pattern COLLECTION = Pattern.compile("(.+)__g(\\d+)");
    private static final Pattern PROCESSOR = Pattern.compile("(.+)@g(\\d+)");

    private GenerationNames() {
    }

    public static String collection(String logicalName, int generation) {
        return generation == 0 ? logicalName : logicalName + "__g" + generation;
    }

    public static String processor(String processingGroup, int generation) {
        return generation == 0 ? processingGroup : processingGroup + "@g" + generation;
    }

    /** The generation a physical collection name belongs to; empty for a plain name (generation 0). */
    public static OptionalInt generationOfCollection(String physicalName) {
        return generation(COLLECTION.matcher(physicalName));
    }

    /** The generation a processor name belongs to; empty for a plain processing group name. */
    public static OptionalInt generationOfProcessor(String processorName) {
        return generation(PROCESSOR.matcher(processorName));
    }

    private static OptionalInt generation(Matcher matcher) {
        return matcher.matches() ? OptionalInt.of(Integer.parseInt(matcher.group(2))) : OptionalInt.empty();
    }
}
