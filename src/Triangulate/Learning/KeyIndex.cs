using System.Numerics;

namespace Triangulate.Learning;

/// <summary>
/// Feature key → weight-row index, by open addressing over one array of <c>key &lt;&lt; 32 | (row + 1)</c> slots
/// (0 = empty): keys are already well-mixed hashes, so their low bits index the table and a probe is usually one
/// cache line.
/// </summary>
internal sealed class KeyIndex
{
    private readonly ulong[] _slots;
    private readonly int _mask;

    public KeyIndex(IEnumerable<(uint Key, int Row)> rows, int count)
    {
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, count * 2));
        _slots = new ulong[capacity];
        _mask = capacity - 1;
        foreach (var (key, row) in rows)
        {
            var s = (int)(key & (uint)_mask);
            while (_slots[s] != 0) s = (s + 1) & _mask;
            _slots[s] = (ulong)key << 32 | (uint)(row + 1);
        }
    }

    /// <summary>The row of a key, or -1 when it is not in the table.</summary>
    public int IndexOf(uint key)
    {
        var s = (int)(key & (uint)_mask);
        while (true)
        {
            var slot = _slots[s];
            if (slot == 0) return -1;
            if ((uint)(slot >> 32) == key) return (int)(uint)slot - 1;
            s = (s + 1) & _mask;
        }
    }
}
