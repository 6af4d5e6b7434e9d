using Shouldly;
using Triangulate.Evaluation.Sentences;
using Triangulate.Segmentation;
using Xunit;

namespace Triangulate.Tests.Evaluation;

public class SentenceBoundaryEvalTests
{
    [Fact]
    public void Detokenizes_gold_tokens_into_running_text_with_headlines_on_their_own_lines()
    {
        List<List<string>> sentences =
        [
            ["LONDON", "1996-08-30"],
            ["\"", "It", "'s", "over", ",", "\"", "he", "said", "(", "twice", ")", "."],
            ["Prices", "rose", "3.5", "%", "."],
        ];
        var (text, ends) = SentenceBoundaryEval.Detokenize(sentences);
        text.ShouldBe("LONDON 1996-08-30\n\"It's over,\" he said (twice).\nPrices rose 3.5%.".Replace(".\nPrices", ". Prices"));
        ends.ShouldBe([17, 47, text.Length]);
    }

    [Fact]
    public void Moves_a_stray_opening_quote_to_the_sentence_it_opens()
    {
        List<List<string>> sentences =
        [
            ["\"", "Good", ",", "\"", "Woods", "said", ".", "\""],
            ["Today", "I", "played", ".", "\""],
        ];
        var (text, ends) = SentenceBoundaryEval.Detokenize(sentences);
        text.ShouldBe("\"Good,\" Woods said. \"Today I played.\"");
        ends[0].ShouldBe(text.IndexOf(" \"Today", StringComparison.Ordinal));
    }

    [Fact]
    public void Segmentation_of_the_conll_development_set_stays_above_its_measured_level()
    {
        var testa = Repo.SharedEval("conll2003/eng.testa");
        testa.ShouldNotBeNull("the public evaluation data must be beside the repository, in ../shared/eval");
        var figures = SentenceBoundaryEval.Run(testa!, Segmenter.Default);
        figures.Documents.ShouldBe(216);
        figures.Boundaries.F1.ShouldBeGreaterThan(93.0);
    }
}
