using System.Diagnostics;
using System.Text;
using Triangulate.Segmentation;

namespace Triangulate.Evaluation.Sentences;

/// <summary>Sentence-boundary precision, recall and F1 of one run, and its speed.</summary>
public sealed record SentenceBoundaryFigures(string File, int Documents, int GoldSentences, PrfCounts Boundaries, double TokensPerSecond);

/// <summary>
/// Measures sentence segmentation on gold-tokenized text (CoNLL-2003): each document's tokens are joined back
/// into running text, and the gold sentence ends become the boundaries to find. Newswire puts headlines,
/// datelines and table rows on lines of their own, so a gold sentence that does not end in terminal punctuation
/// is laid out as its own line; all others run on within one paragraph, where the segmenter must find the ends.
/// A boundary counts when our sentence ends at the same character offset; the document's final end is not scored.
/// </summary>
public static class SentenceBoundaryEval
{
    public static SentenceBoundaryFigures Run(string conllPath, Segmenter segmenter)
    {
        var counts = new PrfCounts();
        int documents = 0, goldSentences = 0, tokens = 0;
        var clock = new Stopwatch();
        foreach (var document in ConllDocuments(conllPath))
        {
            documents++;
            var (text, goldEnds) = Detokenize(document);
            goldSentences += goldEnds.Count;
            tokens += document.Sum(s => s.Count);
            clock.Start();
            var segmentation = segmenter.Segment(text);
            clock.Stop();
            var predicted = segmentation.Sentences.Select(s => s.Span.End).ToHashSet();
            var gold = goldEnds.ToHashSet();
            predicted.Remove(text.Length);
            gold.Remove(text.Length);
            var matched = predicted.Count(gold.Contains);
            counts += PrfCounts.FromTotals(matched, predicted.Count, gold.Count);
        }
        return new SentenceBoundaryFigures(Path.GetFileName(conllPath), documents, goldSentences, counts, tokens / clock.Elapsed.TotalSeconds);
    }

    /// <summary>Documents as lists of sentences, each a list of tokens (first column of the CoNLL file).</summary>
    public static IEnumerable<List<List<string>>> ConllDocuments(string path)
    {
        var document = new List<List<string>>();
        var sentence = new List<string>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                if (sentence.Count > 0) { document.Add(sentence); sentence = []; }
                if (document.Count > 0) yield return document;
                document = [];
            }
            else if (line.Trim().Length == 0)
            {
                if (sentence.Count > 0) { document.Add(sentence); sentence = []; }
            }
            else sentence.Add(line[..line.IndexOf(' ')]);
        }
        if (sentence.Count > 0) document.Add(sentence);
        if (document.Count > 0) yield return document;
    }

    private static readonly HashSet<string> NoSpaceBefore = [",", ".", ";", ":", "!", "?", ")", "]", "}", "'s", "'S", "n't", "'re", "'ll", "'ve", "'d", "'m", "%", "..."];
    private static readonly HashSet<string> NoSpaceAfter = ["(", "[", "{", "$"];
    private static readonly HashSet<string> Terminals = [".", "!", "?", "...", "\"", "'", ")"];

    /// <summary>
    /// Joins tokens into text the way they were printed; returns the text and each gold sentence's end offset.
    /// </summary>
    public static (string Text, List<int> SentenceEnds) Detokenize(List<List<string>> sentences)
    {
        var text = new StringBuilder();
        var ends = new List<int>();
        var previousEndedLine = true;
        foreach (var sentence in RepairStrayQuotes(sentences))
        {
            var ownLine = !EndsWithTerminal(sentence);
            if (text.Length > 0) text.Append(ownLine || previousEndedLine ? '\n' : ' ');
            var openQuote = false;
            for (var i = 0; i < sentence.Count; i++)
            {
                var token = sentence[i];
                var glue = i == 0 || NoSpaceBefore.Contains(token) || NoSpaceAfter.Contains(sentence[i - 1]) ||
                           token == "\"" && openQuote || i > 0 && sentence[i - 1] == "\"" && openQuote;
                if (token == "\"") openQuote = !openQuote;
                if (!glue) text.Append(' ');
                text.Append(token);
            }
            ends.Add(text.Length);
            previousEndedLine = ownLine;
        }
        return (text.ToString(), ends);
    }

    /// <summary>
    /// CoNLL's sentence splitter sometimes put a quote mark on the wrong side of a boundary: the opening quote of
    /// the next sentence at the end of this one ('said . "' | 'Today ...'), or a closing quote at the start of the
    /// next. When two adjacent sentences each have an odd number of quotes, the stray mark is moved across.
    /// </summary>
    private static List<List<string>> RepairStrayQuotes(List<List<string>> sentences)
    {
        var repaired = sentences.Select(s => new List<string>(s)).ToList();
        static bool Odd(List<string> s) => s.Count(t => t == "\"") % 2 == 1;
        for (var i = 0; i + 1 < repaired.Count; i++)
        {
            List<string> current = repaired[i], next = repaired[i + 1];
            if (current.Count < 2 || next.Count < 2 || !Odd(current) || !Odd(next)) continue;
            if (current[^1] == "\"" && current[^2] is "." or "!" or "?")
            {
                current.RemoveAt(current.Count - 1);
                next.Insert(0, "\"");
            }
            else if (next[0] == "\"")
            {
                next.RemoveAt(0);
                current.Add("\"");
            }
        }
        return repaired.Where(s => s.Count > 0).ToList();
    }

    private static bool EndsWithTerminal(List<string> sentence) =>
        Terminals.Contains(sentence[^1]) && sentence.Any(t => t is "." or "!" or "?" or "...");
}
