using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Triangulate.Attribution;
using Triangulate.Documents;
using Triangulate.Segmentation;

namespace Triangulate.Tests.Attribution;

public class AttributorPropertyTests
{
    // Cue words, sources, quote marks and punctuation in any order, so that rules meet every edge: a cue at the end
    // of a text, a quote left open, a colon with nothing after it.
    private static readonly string[] Vocabulary =
    [
        "said", "says", "told", "according", "to", "that", "he", "she", "officials", "The", "Minister", "Kim", "Mr.",
        "“", "”", "\"", ",", ".", ":", "—", "(", ")", "and", "but", "not", "confirmed", "denied", "saying", "issued", "a",
        "statement", "of", "his", "claim", "believes", "\n\n", "Reuters", "reported", "citing", "as", "called", "it", "was",
        "plans", "identified", "asked", "whether", "poll", "In", "HARRIS", "?",
    ];

    [Property(MaxTest = 500)]
    public Property Any_text_is_attributed_without_failing_and_every_span_lies_in_it() =>
        Prop.ForAll(Gen.Elements(Vocabulary).ArrayOf().ToArbitrary(), words =>
        {
            var text = string.Join(' ', words);
            var found = Attributor.Default.Attribute(new Document("t", text, DocumentMetadata.ForSource("t.txt"), []), Segmenter.Default.Segment(text));
            bool InText(Span? span) => span is not { } s || s.Start >= 0 && s.End <= text.Length;
            return found.Items.All(a => InText(a.Content) && InText(a.Evidence) && InText(a.SourceExtent) && InText(a.Source.Span)
                                        && InText(a.Cue?.Span) && InText(a.Channel) && InText(a.Time) && a.Cites.All(c => InText(c.Evidence)))
                .Label(text);
        });
}
