using Shouldly;
using Triangulate.Evaluation.Conll;
using Xunit;

namespace Triangulate.Tests.Entities;

public class ConllScorerTests
{
    private static ConllScorer Score(params (string Gold, string Predicted)[] tokens)
    {
        var scorer = new ConllScorer();
        scorer.Add(tokens.Select(t => t.Gold).ToList(), tokens.Select(t => t.Predicted).ToList());
        return scorer;
    }

    [Fact]
    public void IOB1_B_splits_two_adjacent_names_of_one_type()
    {
        ConllChunks.Of(["I-PER", "I-PER", "B-PER", "O", "I-LOC"]).ShouldBe(
            [new ConllChunk(0, 2, "PER"), new ConllChunk(2, 3, "PER"), new ConllChunk(4, 5, "LOC")]);
    }

    [Fact]
    public void IOB1_and_IOB2_of_the_same_names_read_the_same()
    {
        ConllChunks.Of(["I-ORG", "I-ORG", "O", "I-MISC", "I-PER"])
            .ShouldBe(ConllChunks.Of(["B-ORG", "I-ORG", "O", "B-MISC", "B-PER"]));
    }

    [Fact]
    public void Only_exact_spans_of_the_right_type_count()
    {
        var scorer = Score(
            ("I-PER", "I-PER"), ("I-PER", "O"),          // boundary wrong: a false positive and a false negative
            ("O", "O"),
            ("I-LOC", "I-ORG"),                          // type wrong
            ("O", "O"),
            ("I-ORG", "I-ORG"), ("I-ORG", "I-ORG"));     // exact
        var byType = scorer.ByType();
        byType["PER"].ShouldBe(new(0, 1, 1));
        byType["LOC"].ShouldBe(new(0, 0, 1));
        byType["ORG"].ShouldBe(new(1, 1, 0));
        scorer.Overall().ShouldBe(new(1, 2, 2));
        scorer.Overall().F1.ShouldBe(100.0 / 3, 1e-9);
    }

    [Fact]
    public void A_name_split_in_two_by_B_is_two_errors()
    {
        var scorer = Score(("I-ORG", "I-ORG"), ("I-ORG", "B-ORG"));
        scorer.Overall().ShouldBe(new(0, 2, 1));
    }

    [Fact]
    public void Reads_documents_and_sentences()
    {
        var docs = ConllCorpus.Parse(["-DOCSTART- -X- O O", "", "EU NNP I-NP I-ORG", "rejects VBZ I-VP O", "", "Peter NNP I-NP I-PER", "",
            "-DOCSTART- -X- O O", "", "Bonn NNP I-NP I-LOC"]);
        docs.Length.ShouldBe(2);
        docs[0].Sentences.Length.ShouldBe(2);
        docs[0].Sentences[0].Tags.ShouldBe(["I-ORG", "O"]);
        docs[1].TokenCount.ShouldBe(1);
    }

    [Fact]
    public void Writes_IOB1_with_B_only_between_touching_names_of_one_type()
    {
        ConllNerEvaluation.Iob1(5, [(0, 2, "PER"), (2, 3, "PER"), (3, 4, "LOC")])
            .ShouldBe(["I-PER", "I-PER", "B-PER", "I-LOC", "O"]);
    }
}
