using System.Text;

namespace Triangulate.Ingest;

/// <summary>
/// Whitespace normalisation that never changes a word: NFC, every Unicode space (NBSP, thin, ideographic, tab) becomes
/// one ASCII space, invisible characters (soft hyphen, zero-width space, BOM) and control characters go, line and
/// paragraph separators become line breaks; each resulting line is trimmed and empty ones dropped.
/// </summary>
internal static class TextNormalizer
{
    public static IEnumerable<string> Lines(string block)
    {
        var text = block.Normalize(NormalizationForm.FormC);
        var line = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085' or '\v' or '\f')
            {
                if (line.Length > 0) yield return line.ToString();
                line.Clear();
                pendingSpace = false;
            }
            else if (c is '\u00AD' or '\u200B' or '\u2060' or '\uFEFF' or '\u200E' or '\u200F') { }
            else if (char.IsWhiteSpace(c)) pendingSpace = line.Length > 0;
            else if (char.IsControl(c)) { }
            else
            {
                if (pendingSpace) line.Append(' ');
                pendingSpace = false;
                line.Append(c);
            }
        }
        if (line.Length > 0) yield return line.ToString();
    }
}
