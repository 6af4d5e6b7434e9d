using System.Collections.Frozen;
using System.Text;

namespace Triangulate.Quantities;

/// <summary>
/// A case-insensitive word table looked up by span. A single frozen table holding one non-ASCII key ("€", "’s", "°C")
/// hashes every look-up with full Unicode case folding; with the ASCII keys in their own table, plain words (nearly
/// every piece) get the frozen table's fast ASCII hashing. No non-ASCII key folds to an ASCII word, so an ASCII span
/// can only match an ASCII key.
/// </summary>
internal sealed class Vocabulary<T>
{
    private readonly FrozenDictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _ascii;
    private readonly FrozenDictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _other;

    public Vocabulary(IEnumerable<KeyValuePair<string, T>> entries)
    {
        var all = entries.ToList();
        _ascii = all.Where(e => Ascii.IsValid(e.Key)).ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _other = all.Where(e => !Ascii.IsValid(e.Key)).ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public IEnumerable<string> Keys => _ascii.Dictionary.Keys.Concat(_other.Dictionary.Keys);

    public bool TryGetValue(ReadOnlySpan<char> key, out T value) =>
        (Ascii.IsValid(key) ? _ascii : _other).TryGetValue(key, out value!);

    public bool ContainsKey(ReadOnlySpan<char> key) => (Ascii.IsValid(key) ? _ascii : _other).ContainsKey(key);
}
