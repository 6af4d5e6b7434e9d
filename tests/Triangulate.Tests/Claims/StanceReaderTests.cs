using Shouldly;
using Triangulate.Claims;
using Triangulate.Documents;
using Xunit;

namespace Triangulate.Tests.Claims;

public class StanceReaderTests
{
    public static TheoryData<string, string> Rows(string file)
    {
        var data = new TheoryData<string, string>();
        foreach (var line in File.ReadLines(CaseFile.PathOf(file)).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var parts = line.Split('\t');
            data.Add(parts[0], parts[1]);
        }
        return data;
    }

    public static TheoryData<string, string> StanceCases() => Rows("Claims/Cases/stance.tsv");
    public static TheoryData<string, string> OrientationCases() => Rows("Claims/Cases/orientation.tsv");

    [Theory]
    [MemberData(nameof(StanceCases))]
    public void Reads_stance_from_the_words_around_a_claim(string expected, string sentence)
    {
        var reading = StanceReader.Default.Read(sentence, new Span(0, sentence.Length));
        reading.Stance.ShouldBe(StanceReader.ParseStance(expected));
        if (reading.Stance != Stance.Asserted) reading.Evidence.ShouldNotBeNull();
    }

    [Theory]
    [MemberData(nameof(OrientationCases))]
    public void Tells_planned_figures_from_actual_ones(string expected, string clause)
    {
        StanceReader.Default.OrientationOf(clause, new Span(0, clause.Length))
            .ShouldBe(Enum.Parse<Orientation>(expected, ignoreCase: true));
    }

    [Fact]
    public void A_cue_stance_is_kept_unless_the_words_say_something_stronger()
    {
        const string sentence = "The spokesman denied it.";
        StanceReader.Default.Read(sentence, new Span(0, sentence.Length), Stance.Confirmed).Stance.ShouldBe(Stance.Denied);
        const string plain = "The ministry said so.";
        StanceReader.Default.Read(plain, new Span(0, plain.Length), Stance.Believed).Stance.ShouldBe(Stance.Believed);
    }
}
