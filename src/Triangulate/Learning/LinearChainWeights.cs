namespace Triangulate.Learning;

/// <summary>
/// The weights of a linear-chain model: a row of one weight per tag for each feature key (keys ascending), and the
/// tag-to-tag transitions ((tags + 1) × tags, row 0 the sequence start).
/// </summary>
public sealed record LinearChainWeights(uint[] Keys, float[] Weights, float[] Transitions)
{
    /// <summary>Writes the weights: keys delta-coded, and per key only its non-zero weights as halves.</summary>
    public void Write(BinaryWriter w, uint magic, int version, int tags)
    {
        w.Write(magic);
        w.Write(version);
        w.Write(tags);
        foreach (var t in Transitions) w.Write(TagSet.Stored(t));
        w.Write(Keys.Length);
        uint prev = 0;
        for (var i = 0; i < Keys.Length; i++)
        {
            w.Write7BitEncodedInt((int)(Keys[i] - prev));
            prev = Keys[i];
            var mask = 0;
            for (var j = 0; j < tags; j++) if ((Half)Weights[i * tags + j] != Half.Zero) mask |= 1 << j;
            w.Write7BitEncodedInt(mask);
            for (var j = 0; j < tags; j++) if ((mask & (1 << j)) != 0) w.Write((Half)Weights[i * tags + j]);
        }
    }

    /// <param name="what">The model's name for the error when the stream holds something else.</param>
    public static LinearChainWeights Read(BinaryReader r, uint magic, int version, int tags, string what)
    {
        if (r.ReadUInt32() != magic || r.ReadInt32() != version || r.ReadInt32() != tags)
            throw new InvalidDataException($"not {what} of this version");
        var transitions = new float[(tags + 1) * tags];
        for (var i = 0; i < transitions.Length; i++) transitions[i] = r.ReadSingle();
        var count = r.ReadInt32();
        var keys = new uint[count];
        var weights = new float[count * tags];
        uint prev = 0;
        for (var i = 0; i < count; i++)
        {
            prev += (uint)r.Read7BitEncodedInt();
            keys[i] = prev;
            var mask = r.Read7BitEncodedInt();
            for (var j = 0; j < tags; j++) if ((mask & (1 << j)) != 0) weights[i * tags + j] = (float)r.ReadHalf();
        }
        return new LinearChainWeights(keys, weights, transitions);
    }
}
