package dk.debatradar.esnode;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractIndexAnalyzerProvider;
import org.elasticsearch.index.analysis.Analysis;
import org.elasticsearch.index.analysis.AnalyzerProvider;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;

import java.util.Map;

/**
 * Registers the {@code danish} analyzer (standard tokenizer, lower case, Danish stop words, Snowball
 * Danish stemmer) the way the analysis-common module does, which is not published on Maven Central.
 * Accepts the same {@code stopwords}, {@code stopwords_path} and {@code stem_exclusion} parameters.
 */
public final class DanishAnalysisPlugin extends Plugin implements AnalysisPlugin {

    @Override
    public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
        return Map.of("danish", DanishProvider::new);
    }

    private static final class DanishProvider extends AbstractIndexAnalyzerProvider<DanishAnalyzer> {
        private final DanishAnalyzer analyzer;

        DanishProvider(IndexSettings indexSettings, Environment environment, String name, Settings settings) {
            super(name);
            analyzer = new DanishAnalyzer(
                Analysis.parseStopWords(environment, settings, DanishAnalyzer.getDefaultStopSet()),
                Analysis.parseStemExclusion(settings, CharArraySet.EMPTY_SET)
            );
        }

        @Override
        public DanishAnalyzer get() {
            return analyzer;
        }
    }
}
