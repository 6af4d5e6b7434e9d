using System.Collections.Immutable;
using Triangulate.Documents;
using Triangulate.Time;

namespace Triangulate.Quantities;

/// <summary>
/// Finds quantities: numbers in digits or words with their magnitude, currency or unit, qualifier ("at least"),
/// range ("between 1,500 and 12,000"), change ("rose 6.5%"), rate ("per month") and what they count. One pass
/// over each sentence's pieces; a piece only starts a match attempt when it is a number or the lexicon knows it as
/// the first word of a cue. Years, dates, clock times, ordinals and identifiers ("KN-23", "Article 4") are not
/// quantities. Stateless after construction, so safe to share across threads.
/// </summary>
public sealed partial class QuantityRecognizer
{
    private readonly QuantityLexicon _lexicon;

    public QuantityRecognizer(QuantityLexicon lexicon) => _lexicon = lexicon;

    public static QuantityRecognizer Default { get; } = new(QuantityLexicon.Load());

    /// <summary>Quantities in text order, with dates and times kept out by the recognizer's own guards.</summary>
    public ImmutableArray<Quantity> Recognize(string text, Segmentation.Segmentation seg) => Recognize(text, seg, []);

    /// <summary>
    /// As <see cref="Recognize(string, Segmentation.Segmentation)"/>, and numbers inside the given DATE and TIME
    /// expressions (the time stage's output, in text order) are not quantities either ("two weeks ago", "10 a.m.").
    /// </summary>
    public ImmutableArray<Quantity> Recognize(string text, Segmentation.Segmentation seg, ImmutableArray<TimeExpression> times)
    {
        var pieces = new List<Piece>(64);
        var found = ImmutableArray.CreateBuilder<Quantity>();
        foreach (var sentence in seg.Sentences)
        {
            pieces.Clear();
            var tokens = seg.TokensOf(sentence);
            for (var t = 0; t < tokens.Length; t++) Pieces.Split(text, tokens[t], t, pieces);
            // no pre-check for a candidate piece: nearly every sentence has one ("a", "one", a digit), and the scan
            // skips the others with the same one look-up per piece
            new Scan(_lexicon, text, pieces, times, found).Run();
        }
        return found.ToImmutable();
    }
}
