using System.Text.RegularExpressions;
using Triangulate.Resources;

namespace Triangulate.Ingest;

internal enum RulePlace { Any, Head, Tail }

internal enum RuleAction { Line, Rest, Caption, UrlNext, Keep }

internal sealed record BoilerplateRule(string Reason, RulePlace Place, RuleAction Action, int MaxWords, Regex Pattern);

/// <summary>The paragraph-level boilerplate rules of Resources/boilerplate.tsv (format described in that file).</summary>
internal sealed class BoilerplateRules
{
    /// <summary>How many paragraphs from the top count as the head, and from the bottom as the tail.</summary>
    public const int HeadSize = 8, TailSize = 10;

    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(200);

    private readonly IReadOnlyList<BoilerplateRule> _rules;

    public BoilerplateRules(IReadOnlyList<BoilerplateRule> rules) => _rules = rules;

    public static BoilerplateRules Default { get; } = Load("Ingest/Resources/boilerplate.tsv");

    public static BoilerplateRules Load(string resource) =>
        new(Lexicon.Rows(resource).Select(Parse).ToList());

    private static BoilerplateRule Parse(string[] row)
    {
        if (row.Length != 5) throw new FormatException($"boilerplate rule needs 5 tab-separated columns: {string.Join(" | ", row)}");
        return new BoilerplateRule(
            row[0],
            Enum.Parse<RulePlace>(row[1], ignoreCase: true),
            Enum.Parse<RuleAction>(row[2].Replace("-", ""), ignoreCase: true),
            row[3] == "-" ? int.MaxValue : int.Parse(row[3]),
            new Regex(row[4], RegexOptions.CultureInvariant | RegexOptions.Compiled, MatchTimeout));
    }

    /// <summary>The first rule that applies to paragraph <paramref name="index"/> of <paramref name="count"/>, with its match.</summary>
    public (BoilerplateRule Rule, Match Match)? Find(string paragraph, int index, int count)
    {
        var words = WordCount(paragraph);
        foreach (var rule in _rules)
        {
            if (words > rule.MaxWords) continue;
            if (rule.Place == RulePlace.Head && index >= HeadSize) continue;
            if (rule.Place == RulePlace.Tail && index < count - TailSize) continue;
            try
            {
                var match = rule.Pattern.Match(paragraph);
                if (match.Success) return (rule, match);
            }
            catch (RegexMatchTimeoutException)
            {
                // A pathological paragraph must not stall the batch; treat it as not boilerplate.
            }
        }
        return null;
    }

    public static int WordCount(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var space = char.IsWhiteSpace(c);
            if (!space && !inWord) count++;
            inWord = !space;
        }
        return count;
    }
}
