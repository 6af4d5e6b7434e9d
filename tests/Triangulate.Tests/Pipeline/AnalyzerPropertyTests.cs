using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Triangulate.Documents;
using Triangulate.Pipeline;

namespace Triangulate.Tests.Pipeline;

public class AnalyzerPropertyTests
{
    // Words every stage reacts to (names, cues, numbers, dates, quote marks, paragraph breaks) in any order.
    private static readonly string[] Vocabulary =
    [
        "said", "told", "according", "to", "that", "he", "officials", "The", "Mr.", "Putin", "Kim", "North", "Korea", "NIS",
        "Pentagon", "“", "”", "\"", ",", ".", ":", "—", "(", ")", "and", "not", "denied", "confirmed", "about", "at", "least",
        "3,000", "12,000", "1.5", "million", "$", "%", "troops", "per", "month", "between", "to", "Monday", "last", "week",
        "Oct.", "23", "2024", "the", "1970s", "early", "December", "\n\n", "citing", "as", "he", "Neither", "up", "-",
    ];

    [Property(MaxTest = 300)]
    public Property Any_text_goes_through_every_stage_without_failing() =>
        Prop.ForAll(Gen.Elements(Vocabulary).ArrayOf().ToArbitrary(), words =>
        {
            var text = string.Join(' ', words);
            var published = new PublicationTime(new DateTimeOffset(2024, 10, 25, 0, 0, 0, TimeSpan.Zero), TimePrecision.Day);
            var analyzed = Analyzer.Default.Analyze(new Document("t", text, DocumentMetadata.ForSource("t.txt") with { Published = published }, []));
            return analyzed.Quantities.All(q => q.Span.End <= text.Length) && analyzed.Times.All(t => t.Span.End <= text.Length)
                && analyzed.Entities.Mentions.All(m => m.Span.End <= text.Length);
        });
}
