using System.Collections.Immutable;
using Triangulate.Documents;
using Triangulate.Time;

namespace Triangulate.Quantities;

public sealed partial class QuantityRecognizer
{
    /// <summary>A number with its currency or unit: pieces [Start, End), value, and the magnitude word's scale (1 when none).</summary>
    private readonly record struct Amount(int Start, int End, double Value, string? Unit, double Scale, bool Digits, bool Separators, bool Negative);

    /// <summary>One sentence's match attempts. Cheap to create: it only holds references.</summary>
    private readonly struct Scan(QuantityLexicon lexicon, string text, List<Piece> pieces, ImmutableArray<TimeExpression> times, ImmutableArray<Quantity>.Builder found)
    {
        private int N => pieces.Count;

        public void Run()
        {
            var firstFound = found.Count;
            for (var i = 0; i < N; i++)
            {
                var p = pieces[i];
                if (p.Kind != PieceKind.Number && !FractionAmount(i) && (p.Kind is PieceKind.Ordinal or PieceKind.Other || !lexicon.Starters.ContainsKey(Key(i)))) continue;
                if (TryQuantity(i, out var quantity, out var next))
                {
                    found.Add(quantity);
                    i = next - 1;
                }
                else if (p.Kind == PieceKind.Number)
                {
                    // A rejected number takes its token with it: "27-28" after "Oct." is not a range.
                    while (i + 1 < N && pieces[i + 1].Token == p.Token) i++;
                }
            }
            ShareChangeAcrossOr(firstFound);
            ShareChangeAcrossAnd(firstFound);
        }

        /// <summary>"1/2 point", "3/4 of the vote": a bare fraction before a unit or "of" is an amount; "on 1/4" stays out.</summary>
        private bool FractionAmount(int i) =>
            pieces[i].Kind == PieceKind.Other && Fraction(i) is not null && (Is(i + 1, "of") || lexicon.UnitsAfter.Match(text, pieces, i + 1, out _, out _));

        /// <summary>
        /// "rose 3% in May and 4% in June", "fell 2.1% and 1.8% respectively", "rose 3% in May, 4% in June and 5% in
        /// July": a figure right after "and" (or a comma in a list that "and" closes), with the unit of a changed figure
        /// before it and nothing counted, shares its change, across at most a short phrase opened by a share word ("in",
        /// "for"); "rose 5% and employs 300 people" and "rose 5% and 4% of staff left" do not.
        /// </summary>
        private void ShareChangeAcrossAnd(int from)
        {
            for (var i = from + 1; i < found.Count; i++)
            {
                var (a, b) = (found[i - 1], found[i]);
                if (a.Change == Change.None || b.Change != Change.None || a.Unit is null && a.CountedThing is not null) continue;
                var joined = Coordinated(a, b);
                if (joined == Join.And || joined == Join.Comma && i + 1 < found.Count && found[i + 1].Change == Change.None &&
                    Coordinated(b, found[i + 1]) == Join.And)
                    found[i] = b with { Change = a.Change };
            }
        }

        private enum Join { None, And, Comma }

        /// <summary>How <paramref name="b"/>, a like figure counting nothing, joins the figure before it.</summary>
        private Join Coordinated(Quantity a, Quantity b)
        {
            if (a.Unit != b.Unit || b.CountedThing is not null) return Join.None;
            var aEnd = Math.Max(a.Span.End, a.CountedThingSpan?.End ?? 0);
            if (b.Span.Start < aEnd) return Join.None;
            var s = pieces.FindIndex(p => p.Start >= aEnd);
            var e = pieces.FindIndex(p => p.Start >= b.Span.Start);
            if (s < 0 || e <= s) return Join.None;
            var join = Is(e - 1, "and") ? Join.And : Is(e - 1, ",") ? Join.Comma : Join.None;
            if (join == Join.None) return join;
            var phraseEnd = join == Join.And && e - 2 >= s && Is(e - 2, ",") ? e - 2 : e - 1;
            return phraseEnd == s || Guard(s).HasFlag(GuardClass.Share) && phraseEnd - s <= 5 &&
                pieces.Skip(s + 1).Take(phraseEnd - s - 1).All(p => p.Kind == PieceKind.Word) ? join : Join.None;
        }

        /// <summary>
        /// "rose 3.54 points, or 0.2 percent," and "ended 2.43 points or 0.12 percent lower": two measures of one
        /// change joined by "or" share it.
        /// </summary>
        private void ShareChangeAcrossOr(int from)
        {
            for (var i = from + 1; i < found.Count; i++)
            {
                var (a, b) = (found[i - 1], found[i]);
                if (a.Unit is null || b.Unit is null || (a.Change == Change.None) == (b.Change == Change.None)) continue;
                if (b.Span.Start < a.Span.End) continue;
                var between = text.AsSpan(a.Span.End, b.Span.Start - a.Span.End).Trim();
                if (!between.Equals("or", StringComparison.Ordinal) && !between.Equals(", or", StringComparison.Ordinal)) continue;
                if (a.Change == Change.None) found[i - 1] = a with { Change = b.Change };
                else found[i] = b with { Change = a.Change };
            }
        }

        private ReadOnlySpan<char> Key(int i) => Pieces.Key(text, pieces[i]);

        private bool Is(int i, string key) => i >= 0 && i < N && Key(i).Equals(key, StringComparison.OrdinalIgnoreCase);

        private bool IsHyphen(int i) => i >= 0 && i < N && pieces[i].Kind == PieceKind.Symbol && text[pieces[i].Start] is '-' or '‑';

        private GuardClass Guard(int i) =>
            i >= 0 && i < N && lexicon.Guards.TryGetValue(Key(i), out var g) ? g : GuardClass.None;

        private CountedClass Counted(int i) =>
            i >= 0 && i < N && pieces[i].Kind is PieceKind.Word or PieceKind.Symbol && lexicon.Counted.TryGetValue(Key(i), out var c) ? c : CountedClass.None;

        private bool NumberWord(int i, out NumberWord word)
        {
            word = default;
            return i >= 0 && i < N && pieces[i].Kind == PieceKind.Word && lexicon.Numbers.TryGetValue(Key(i), out word);
        }

        private bool TryQuantity(int i, out Quantity quantity, out int next)
        {
            quantity = null!;
            next = i;
            var j = i;
            var change = Change.None;
            var changeBy = false;
            var condition = ChangeCondition.None;
            var noRange = false;
            QualifierCue? qualifier = null;
            var notBeforeDuration = false;
            if (lexicon.QualifiersBefore.Match(text, pieces, j, out var qEnd, out var q))
            {
                (qualifier, notBeforeDuration) = (q.Cue, q.NotBeforeDuration);
                // "raised the wage from $7.25 to $13": two levels, not a range.
                if (q.Cue == QualifierCue.From && ChangeCueBefore(i, out _))
                {
                    qualifier = null;
                    noRange = true;
                    j = qEnd;
                }
            }
            else if (!NotChangeCue(j) && lexicon.ChangesBefore.Match(text, pieces, j, out var cEnd, out var c))
            {
                j = cEnd;
                change = c.Direction;
                condition = c.Condition;
                // "a gain of $70 million" is a profit, "a gain of 5%" a change: "of" does not lift the cue's condition
                if (Is(j, "by") || Is(j, "of")) { changeBy = Is(j, "by") || c.Condition != ChangeCondition.Relative; j++; }
                else if (Is(j, "to")) { change = Change.None; j++; } // "rose to 5%": a level
                else if (Is(j, "from")) { change = Change.None; noRange = true; j++; } // "rose from 5% to 7%": two levels
                if (lexicon.QualifiersBefore.Match(text, pieces, j, out qEnd, out q)) (qualifier, notBeforeDuration) = (q.Cue, q.NotBeforeDuration);
            }
            // "cut rates by 25 basis points": the cue a few words before "by" makes the figure a change.
            if (change == Change.None && Is(i - 1, "by") && ChangeCueBefore(i - 1, out var byCue))
            {
                change = byCue.Direction;
                changeBy = true;
            }
            // "raised the wage from the current $7.25 to $13": levels before and after a change, not a range.
            if (qualifier is null && change == Change.None)
                for (var b = i - 1; b >= 0 && b >= i - 4 && pieces[b].Kind == PieceKind.Word; b--)
                    if (Is(b, "from"))
                    {
                        noRange = ChangeCueBefore(b, out _);
                        break;
                    }
            var spanStart = j;
            if (qualifier is not null) j = qEnd;

            if (lexicon.Multiples.Match(text, pieces, j, out var mEnd, out var multiple) && !Is(mEnd, "down")) // "doubled down": an idiom
            {
                var mSpan = Span.FromBounds(pieces[spanStart].Start, pieces[mEnd - 1].End);
                quantity = new Quantity(mSpan, mSpan.Of(text), multiple.Value, qualifier == QualifierCue.AtMost ? null : multiple.Value,
                    qualifier == QualifierCue.AtLeast ? null : multiple.Value, Kind(false, qualifier), "times", null, null, null,
                    change != Change.None ? change : multiple.Change, false);
                next = mEnd;
                return true;
            }

            if (j < N && lexicon.Vague.Match(text, pieces, j, out var vEnd, out var vague) && TryVague(spanStart, vEnd, vague, change, out quantity, out next))
                return true;
            if (!TryAmount(j, out var amount)) return false;

            double? low = amount.Value, high = amount.Value;
            var unit = amount.Unit;
            var end = amount.End;
            var isRange = false;
            if (!noRange && TryRange(amount, qualifier, change, out var rangeLow, out var second))
            {
                low = rangeLow;
                high = second.Value;
                unit ??= second.Unit;
                end = second.End;
                isRange = true;
            }
            if (qualifier is QualifierCue.Between or QualifierCue.From && !isRange ||
                notBeforeDuration && unit is not null && lexicon.Durations.Contains(unit)) // "over five years"
            {
                qualifier = null;
                spanStart = amount.Start;
            }
            if (amount.Negative && spanStart == amount.Start) spanStart--;
            if (IsHyphen(end) && pieces[end].Glued && end + 1 < N && Guard(end + 1).HasFlag(GuardClass.Suffix)) end += 2;
            if (!isRange && qualifier is null && lexicon.QualifiersAfter.Match(text, pieces, end, out var aEnd, out var after))
            {
                qualifier = after.Cue;
                end = aEnd;
            }
            var spanEnd = end;
            var cursor = end;
            if (change == Change.None && lexicon.ChangesAfter.Match(text, pieces, cursor, out var ceEnd, out var afterChange))
            {
                change = afterChange.Direction;
                condition = afterChange.Condition;
                changeBy = condition != ChangeCondition.Relative; // "a 5% loss" is a change, "a $3 billion loss" a level
                cursor = ceEnd;
            }
            string? rate = null;
            if (TryRate(cursor, out rate, out var rEnd))
            {
                if (cursor == spanEnd) spanEnd = rEnd;
                cursor = rEnd;
            }
            var counted = TryCounted(cursor, out var thing, out var thingSpan, out var countedEnd, out var thingHead);
            if (counted)
            {
                cursor = countedEnd;
                if (rate is null && TryRate(cursor, out rate, out rEnd)) cursor = rEnd;
                // "30 rockets or more"
                if (!isRange && qualifier is null && lexicon.QualifiersAfter.Match(text, pieces, cursor, out aEnd, out after))
                {
                    qualifier = after.Cue;
                    cursor = aEnd;
                }
            }
            else if (TryNumberOf(spanStart, out thing, out thingSpan)) counted = true;
            // "Ocean's 11 earned": a bare whole figure between a name's possessive and a word it does not count (no function
            // word) is part of a title; "to Britain's 397.", "Cruz's 538 and" and "Lane's 3.5-point edge" are amounts.
            if (!counted && unit is null && qualifier is null && change == Change.None && !isRange && amount.Digits && amount.Scale == 1 &&
                !pieces[amount.End - 1].Separators && amount.End < N && pieces[amount.End].Kind == PieceKind.Word && !pieces[amount.End].Glued &&
                Counted(amount.End) == CountedClass.None && AfterNamePossessive(amount.Start)) return false;
            // "dropped 3 bombs" and "up 3 floors" count things; a change needs "by", a unit, or nothing counted.
            if (change != Change.None && !changeBy && condition switch
                {
                    // "The Dow was up nine to 5,688", "up 1/4 at 12 1/2": a unitless change before the level it reached;
                    // "up 1/4", "down 2.5": a part of a whole is a price change, not things counted.
                    // "cut 500 jobs": a job noun after a cut is no count of things cut
                    ChangeCondition.Measured or ChangeCondition.Jobs => unit is null && amount.Value % 1 == 0 &&
                        !((Is(spanEnd, "to") || Is(spanEnd, "at")) && spanEnd + 1 < N && pieces[spanEnd + 1].Kind == PieceKind.Number) &&
                        !(condition == ChangeCondition.Jobs && thingHead >= 0 && lexicon.JobNouns.ContainsKey(Key(thingHead))),
                    // a spelled-out fraction is relative too: "lost a third of its value"
                    ChangeCondition.Relative => unit is null ? amount.Digits || amount.Value >= 1 : !lexicon.RelativeUnits.Contains(unit),
                    ChangeCondition.By => true,
                    ChangeCondition.Counted => false,
                    _ => unit is null && counted,
                })
                change = Change.None;

            var kind = Kind(isRange, qualifier);
            if (kind == Qualifier.AtLeast) high = null;
            if (kind == Qualifier.AtMost) low = null;
            var span = Span.FromBounds(pieces[spanStart].Start, pieces[spanEnd - 1].End);
            quantity = new Quantity(span, span.Of(text), isRange ? null : amount.Value, low, high, kind, unit, rate,
                thing, thingSpan, change, false);
            next = Math.Max(spanEnd, cursor);
            return true;
        }

        private static Qualifier Kind(bool isRange, QualifierCue? qualifier) => isRange ? Qualifier.Range : qualifier switch
        {
            QualifierCue.Approximate => Qualifier.Approximate,
            QualifierCue.AtLeast => Qualifier.AtLeast,
            QualifierCue.AtMost => Qualifier.AtMost,
            _ => Qualifier.Exact,
        };

        /// <summary>
        /// "made up 31%", "a write-down of $12 million": the cue word is part of a phrasal verb or a compound noun, not
        /// a change of the figure.
        /// </summary>
        private bool NotChangeCue(int j) =>
            Guard(j - 1).HasFlag(GuardClass.NotChange) || j < N && pieces[j].Glued && IsHyphen(j - 1);

        /// <summary>A change cue ending at most four words before piece <paramref name="k"/>, with only words between.</summary>
        private bool ChangeCueBefore(int k, out ChangeCue cue)
        {
            cue = default;
            for (var b = k - 1; b >= 0 && b >= k - 5 && pieces[b].Kind == PieceKind.Word; b--)
                if (lexicon.ChangesBefore.Match(text, pieces, b, out var end, out cue) && end <= k) return true;
            return false;
        }

        /// <summary>
        /// "The number of members of the KPA in Russia has been put at 1,500": the counted thing named before the
        /// figure, from after "number of" to the verb that links it to the figure.
        /// </summary>
        private bool TryNumberOf(int start, out string? thing, out Span? span)
        {
            thing = null;
            span = null;
            for (var b = start - 2; b >= 0 && b >= start - 30; b--)
            {
                if (pieces[b].Kind == PieceKind.Number) return false;
                if (!Is(b, "number") || !Is(b + 1, "of")) continue;
                var s = b + 2;
                var e = s;
                while (e < start && !Counted(e).HasFlag(CountedClass.Link)) e++;
                if (e == s || e == start) return false;
                span = Span.FromBounds(pieces[s].Start, pieces[e - 1].End);
                thing = span.Value.Of(text);
                return true;
            }
            return false;
        }

        private bool TryVague(int spanStart, int k, VagueCue cue, Change change, out Quantity quantity, out int next)
        {
            quantity = null!;
            next = k;
            double? low = cue.Low, high = cue.High;
            var scaled = false;
            while (NumberWord(k, out var m) && m.Class == NumberClass.Magnitude && !m.MoneyOnly)
            {
                low *= m.Value;
                high *= m.Value;
                scaled = true;
                k++;
            }
            if (cue.NeedsMagnitude && !scaled) return false;
            var spanEnd = k;
            string? unit = null;
            var cursor = Is(k, "of") ? k + 1 : k;
            if (lexicon.UnitsAfter.Match(text, pieces, cursor, out var uEnd, out var u)) // "millions of dollars"
            {
                unit = u;
                cursor = uEnd;
                spanEnd = uEnd;
            }
            else cursor = k;
            var counted = TryCounted(cursor, out var thing, out var thingSpan, out var countedEnd, out _);
            var span = Span.FromBounds(pieces[spanStart].Start, pieces[spanEnd - 1].End);
            quantity = new Quantity(span, span.Of(text), null, low, high, Qualifier.Vague, unit, null, thing, thingSpan, change, true);
            next = counted ? countedEnd : spanEnd;
            return true;
        }

        private bool TryAmount(int j, out Amount amount)
        {
            amount = default;
            var k = j;
            string? unit = null;
            // "A$80" is Australian dollars, "a $25,000 fine" is not: a one-letter prefix must be glued to its symbol
            if (k < N && lexicon.UnitsBefore.Match(text, pieces, k, out var uEnd, out var u) &&
                !(uEnd - k > 1 && pieces[k].Length == 1 && pieces[k].Kind == PieceKind.Word && !pieces[k + 1].Glued))
            {
                unit = u;
                k = uEnd;
            }
            if (k >= N || IsScore(k) || !TryNumber(k, unit is not null, out var value, out var scale, out var end)) return false;
            var first = pieces[k];
            // "-12 degrees", "minus 20": a sign with no space after it, or "minus" (not "plus or minus").
            var negative = unit is null && k == j && k >= 1 && first.Kind == PieceKind.Number &&
                (IsHyphen(k - 1) && first.Glued && !pieces[k - 1].Glued || Is(k - 1, "minus") && !Is(k - 2, "or"));
            if (negative) value = -value;
            var h = IsHyphen(end) && pieces[end].Glued ? end + 1 : end; // "600-mile", "3-year"
            if (h < N && lexicon.UnitsAfter.Match(text, pieces, h, out var aEnd, out var after) && (unit is null || unit == after))
            {
                if (unit is null && IsTitle(j, h, aEnd)) return false;
                unit = after;
                end = aEnd;
            }
            // Digits glued to letters that are neither magnitude nor unit name things: "5G", "3D".
            if (end < N && pieces[end].Kind == PieceKind.Word && pieces[end].Glued && pieces[end].Token == pieces[end - 1].Token) return false;
            var digits = first.Kind == PieceKind.Number;
            if (digits && first.IntegerDigits == 4 && !first.Separators && value is >= 1800 and <= 2100 && unit is null && scale == 1) return false;
            amount = new Amount(j, end, value, unit, scale, digits, first.Separators, negative);
            return true;
        }

        /// <summary>
        /// "on 60 Minutes", "CBS's \"48 Hours\"": a unit in title case after a figure that no title-case word opens is
        /// the title of a show or work; "Oil Rises 5 Percent" (a headline) and "10 Canadian dollars" stay amounts.
        /// </summary>
        private bool IsTitle(int start, int unitStart, int unitEnd)
        {
            if (start >= 1 && pieces[start - 1].Kind == PieceKind.Word && char.IsUpper(text[pieces[start - 1].Start])) return false;
            for (var u = unitStart; u < unitEnd; u++)
            {
                var word = text.AsSpan(pieces[u].Start, pieces[u].Length);
                if (pieces[u].Kind != PieceKind.Word || !char.IsUpper(word[0]) || !word.ContainsAnyInRange('a', 'z')) return false;
            }
            return true;
        }

        /// <summary>
        /// "won 3-1", "drew 2-2", "passed 68-32": two whole numbers joined by a hyphen are a score or tally when the
        /// first is not the smaller (no range runs downwards) or a score word stands beside them.
        /// </summary>
        private bool IsScore(int k)
        {
            var a = pieces[k];
            if (a.Kind != PieceKind.Number || a.Separators || !IsHyphen(k + 1) || !pieces[k + 1].Glued || k + 2 >= N) return false;
            var b = pieces[k + 2];
            if (b.Kind != PieceKind.Number || !b.Glued || b.Separators) return false;
            if (k + 3 < N && pieces[k + 3].Glued && pieces[k + 3].Kind != PieceKind.Symbol) return false; // "3-1m"
            if (k + 3 < N && lexicon.UnitsAfter.Match(text, pieces, k + 3, out _, out _)) return false;
            return a.Number >= b.Number || Guard(k - 1).HasFlag(GuardClass.Score) || Guard(k + 3).HasFlag(GuardClass.Score);
        }

        private bool TryNumber(int k, bool money, out double value, out double scale, out int end)
        {
            value = 0;
            scale = 1;
            end = k;
            if (k >= N) return false;
            var p = pieces[k];
            double current, total = 0, last;
            var words = false;
            if (p.Kind == PieceKind.Number)
            {
                if (Guarded(k)) return false;
                current = p.Number;
            }
            // "fell 5/8", "up 1/4", "1/2 point": only read after a cue or before a unit (see Run), so "on 1/4" stays a date
            else if (p.Kind == PieceKind.Other && Fraction(k) is { } bare)
            {
                value = bare;
                end = k + 1;
                return true;
            }
            else if (NumberWord(k, out var w) && w.Class != NumberClass.Magnitude)
            {
                // "a"/"an" are amounts only before a magnitude or a denominator ("a million", "a third", "a one-..."):
                // most are neither, so the guards below need not run
                if (w.Class == NumberClass.Article && !NumberWord(k + 1, out _) && !(IsHyphen(k + 1) && NumberWord(k + 2, out _))) return false;
                if (InTime(k) || IsCompound(k) || InIdiom(k) || Guard(k - 1).HasFlag(GuardClass.WordLabel) || AfterNameHead(k) ||
                    InTitle(k) || InInningsScore(k)) return false;
                if (w.Class == NumberClass.Fraction) return TryHalf(k, out value, out scale, out end);
                if (TryFraction(k, w, out value, out end)) return true;
                if (w.Class == NumberClass.Article)
                {
                    // "more than a half-dozen", "at least a half-billion dollars": the article belongs to the amount
                    if (Is(k + 1, "half") && IsHyphen(k + 2) && TryHalf(k + 1, out value, out scale, out end) && end == k + 4) return true;
                    if (!NumberWord(k + 1, out var m) || m.Class != NumberClass.Magnitude || m.MoneyOnly) return false;
                }
                else if (w.Value == 1 && IsPronounOne(k)) return false;
                current = w.Value;
                words = true;
            }
            else return false;
            last = current;
            var afterMagnitude = false;
            k++;
            // "6 3/8%", "$24 7/8": a whole number and a fraction in halves, quarters, eighths... (stock and bond prices)
            // "3-1/2 years" too, with a hyphen
            var f = IsHyphen(k) && pieces[k].Glued && k + 1 < N && pieces[k + 1].Glued ? k + 1 : k;
            if (!words && f < N && pieces[f].Kind == PieceKind.Other && (f > k || !pieces[f].Glued) && Fraction(f) is { } fraction)
            {
                current += fraction;
                k = f + 1;
            }
            while (k < N)
            {
                var h = IsHyphen(k) && pieces[k].Glued ? k + 1 : k; // "twenty-five", "12-thousand"
                if (words && afterMagnitude && Is(h, "and") && NumberWord(h + 1, out var n0) && n0.Class == NumberClass.Number) h++;
                if (!NumberWord(h, out var w)) break;
                if (w.Class == NumberClass.Magnitude)
                {
                    if (w.MoneyOnly && (!money || !pieces[h].Glued)) break;
                    if (w.Value < 1000) current *= w.Value;
                    else
                    {
                        total += current * w.Value;
                        current = 0;
                    }
                    scale = w.Value;
                    afterMagnitude = true;
                }
                else if (w.Class == NumberClass.Number && words && (afterMagnitude || last >= 20 && last % 10 == 0 && w.Value < 10))
                {
                    current += w.Value;
                    last = w.Value;
                    afterMagnitude = false;
                }
                else break;
                k = h + 1;
            }
            // "three and a half years"
            if (Is(k, "and") && Is(k + 1, "a") && Is(k + 2, "half") && !afterMagnitude)
            {
                current += 0.5;
                k += 3;
            }
            value = total + current;
            end = k;
            return true;
        }

        /// <summary>"3/8": a proper fraction whose denominator is a power of two up to 64, else null ("9/11", "24/7").</summary>
        private double? Fraction(int k)
        {
            var span = text.AsSpan(pieces[k].Start, pieces[k].Length);
            var slash = span.IndexOf('/');
            if (slash <= 0 || !int.TryParse(span[..slash], out var a) || !int.TryParse(span[(slash + 1)..], out var b)) return null;
            return b is 2 or 4 or 8 or 16 or 32 or 64 && a >= 1 && a < b ? (double)a / b : null;
        }

        /// <summary>"one" as a pronoun or determiner: "no one", "the only one", "one of the", "One purports", "one more reason", "a self-serving one."; but "one in 50" is a count.</summary>
        private bool IsPronounOne(int k) =>
            IsHyphen(k + 1) && Is(k + 2, "on") || // "one-on-one"
            !(Is(k + 1, "in") && k + 2 < N && pieces[k + 2].Kind == PieceKind.Number) && // "that one in 50 children"
            (Guard(k - 1).HasFlag(GuardClass.OneBefore) || OneGuard(k - 1).HasFlag(Quantities.OneGuard.Skip) && Guard(k - 2).HasFlag(GuardClass.OneBefore) ||
            Guard(k + 1).HasFlag(GuardClass.OneAfter) || OneGuard(k + 1).HasFlag(Quantities.OneGuard.Verb) || IsReportedOne(k) || IsArticleOne(k) ||
            IsPairedOne(k));

        /// <summary>
        /// "one seeking to consolidate conservatives and the other favored by...", "one listing the facts ..., and another
        /// listing", "the one with Ryan ... and one with Moore", "one state official or another": "one" set against a
        /// <c>one-pair</c> word ("another", "other", a second "one") is a pronoun when no noun follows it, or when "or"
        /// brings the other in; "killed one soldier and wounded another" still counts.
        /// </summary>
        private bool IsPairedOne(int k)
        {
            // ratios stay counts: "one in four ... and one in three", "four to one, versus two to one"
            if ((Is(k + 1, "in") || Is(k + 1, "to")) && IsNumeral(k + 2) || Is(k - 1, "to") && IsNumeral(k - 2)) return false;
            // no noun after "one": a function word, punctuation (not a hyphen: "a one-year program"), or a verb in -ing
            // before its object ("one seeking to")
            var noNoun = k + 1 >= N || pieces[k + 1].Kind == PieceKind.Symbol && !IsHyphen(k + 1) || Counted(k + 1).HasFlag(CountedClass.Stop) ||
                Key(k + 1).EndsWith("ing", StringComparison.OrdinalIgnoreCase) && (Is(k + 2, "to") || Counted(k + 2).HasFlag(CountedClass.Determiner));
            for (var j = 0; j < N; j++)
            {
                if (j == k || !OneGuard(j).HasFlag(Quantities.OneGuard.Pair)) continue;
                if (noNoun) return true;
                if (j > k && j <= k + 6 && (Is(j - 1, "or") || Is(j - 1, "the") && Is(j - 2, "or"))) return true;
            }
            return false;
        }

        /// <summary>
        /// "a federal one,", "a class and doctrinal one": "one" after an article and its adjectives stands for a noun; not
        /// "an additional one million" or "a further one percent".
        /// </summary>
        private bool IsArticleOne(int k)
        {
            if (NumberWord(k + 1, out _) || lexicon.UnitsAfter.Match(text, pieces, k + 1, out _, out _)) return false;
            for (var b = k - 2; b >= 0 && b >= k - 4; b--)
            {
                // adjectives only ("a federal one", "a class and doctrinal one"), not "a party with one motion"
                if (pieces[b + 1].Kind != PieceKind.Word || NumberWord(b + 1, out _) ||
                    Counted(b + 1).HasFlag(CountedClass.Stop) && !Is(b + 1, "and") && !Is(b + 1, "or")) return false;
                if (Is(b, "a") || Is(b, "an")) return true;
            }
            return false;
        }

        /// <summary>
        /// "one trader said", "One senior aide Tuesday described", "said one fan,": a reporting verb right after the
        /// noun "one" opens, or before "one" and a noun that end the clause, makes "one" an indefinite article ("a
        /// trader said"); "police said one man was killed" still counts.
        /// </summary>
        private bool IsReportedOne(int k)
        {
            var m = k + 1;
            while (m < N && m <= k + 4 && pieces[m].Kind == PieceKind.Word)
            {
                if (m > k + 1 && OneGuard(m).HasFlag(Quantities.OneGuard.Report)) return true;
                if (Counted(m).HasFlag(CountedClass.Stop) || lexicon.Numbers.ContainsKey(Key(m))) break;
                m++;
            }
            return m > k + 1 && OneGuard(k - 1).HasFlag(Quantities.OneGuard.Report) && (m >= N || pieces[m].Kind is PieceKind.Symbol or PieceKind.Other && !IsHyphen(m));
        }

        /// <summary>"at one point", "one by one", "on the one hand": the number word sits in an idiom.</summary>
        private bool InIdiom(int k)
        {
            for (var s = Math.Max(0, k - 2); s <= k; s++)
                if (lexicon.Idioms.Match(text, pieces, s, out var end, out _) && end > k) return true;
            return false;
        }

        private OneGuard OneGuard(int i) =>
            i >= 0 && i < N && pieces[i].Kind == PieceKind.Word && lexicon.OneGuards.TryGetValue(Key(i), out var g) ? g : Quantities.OneGuard.None;

        /// <summary>
        /// "half the plans", "more than half of", "half a percentage point", "half a million", "a half-dozen": "half" alone,
        /// before a determiner, "of", a number, "a" with a magnitude or unit, or a glued magnitude; not "the second half".
        /// </summary>
        private bool TryHalf(int k, out double value, out double scale, out int end)
        {
            value = 0.5;
            scale = 1;
            end = k + 1;
            if (!Is(k, "half") || Guard(k - 1).HasFlag(GuardClass.OneBefore)) return false;
            // "a half-dozen", "a half-billion dollars": half of a magnitude glued to it
            if (IsHyphen(k + 1) && pieces[k + 1].Glued && k + 2 < N && pieces[k + 2].Glued && NumberWord(k + 2, out var glued) &&
                glued.Class == NumberClass.Magnitude && !glued.MoneyOnly)
            {
                (value, scale, end) = (0.5 * glued.Value, glued.Value, k + 3);
                return true;
            }
            // "fell by half.", "cut in half,": after "by" or "in" at the end of a clause
            if (k + 1 >= N || pieces[k + 1].Kind is not (PieceKind.Word or PieceKind.Number)) return (Is(k - 1, "by") || Is(k - 1, "in")) && !IsHyphen(k + 1);
            if (Is(k + 1, "a") || Is(k + 1, "an"))
            {
                if (NumberWord(k + 2, out var m) && m.Class == NumberClass.Magnitude && !m.MoneyOnly)
                {
                    (value, scale, end) = (0.5 * m.Value, m.Value, k + 3);
                    return true;
                }
                if (!lexicon.UnitsAfter.Match(text, pieces, k + 2, out _, out _)) return false;
                end = k + 2;
                return true;
            }
            return Is(k + 1, "of") || pieces[k + 1].Kind == PieceKind.Number || Counted(k + 1).HasFlag(CountedClass.Determiner) ||
                OneGuard(k + 1).HasFlag(Quantities.OneGuard.Verb) || // "half said so"
                (Is(k - 1, "by") || Is(k - 1, "in")) && pieces[k + 1].Kind == PieceKind.Word && Counted(k + 1).HasFlag(CountedClass.Stop); // "fell by half in May"
        }

        /// <summary>"a third of", "one quarter of", "two-thirds", "three quarters": a count word and a denominator.</summary>
        private bool TryFraction(int k, NumberWord count, out double value, out int end)
        {
            value = 0;
            end = k;
            var d = IsHyphen(k + 1) && k + 1 < N && pieces[k + 1].Glued ? k + 2 : k + 1;
            // "half" follows a count only as "one-half".
            if (!NumberWord(d, out var denominator) || denominator.Class != NumberClass.Fraction || Is(d, "half") && d == k + 1) return false;
            var plural = Key(d)[^1] is 's' or 'S';
            if (plural ? count.Class != NumberClass.Number || count.Value < 2 || count.Value > 9 : count.Value != 1) return false;
            // "a third term", "one third-party": singular denominators only before "of" or punctuation, unless the count is
            // hyphenated to them ("a one-third stake").
            var hyphenated = d == k + 2;
            if (!plural && !Is(d, "half") && d + 1 < N && !Is(d + 1, "of")
                && (pieces[d + 1].Kind == PieceKind.Word && !hyphenated || IsHyphen(d + 1) && pieces[d + 1].Glued)) return false;
            value = count.Value * denominator.Value;
            end = d + 1;
            return true;
        }

        /// <summary>Digits that name or date something rather than count it.</summary>
        private bool Guarded(int k)
        {
            var p = pieces[k];
            // "KN-23", "Tier-1", "COVID-19"
            if (k >= 2 && p.Glued && IsHyphen(k - 1) && pieces[k - 2].Kind == PieceKind.Word && pieces[k - 2].Token == p.Token &&
                !lexicon.Numbers.ContainsKey(Key(k - 2))) return true;
            if (IsCompound(k)) return true;
            // "tweet-id=581234567890123456": a long run of digits without separators is an identifier, not an amount
            if (p.Kind == PieceKind.Number && p.IntegerDigits >= 12 && !p.Separators) return true;
            // "1, those trailing them": a sentence split after "Feb." leaves the day and a comma opening the next one
            if (k == 0 && !p.Separators && p.IntegerDigits <= 2 && p.Number is >= 1 and <= 31 && p.Number % 1 == 0 && Is(1, ",")) return true;
            // "Article 4", "No. 1", "#2"
            if (Guard(k - 1).HasFlag(GuardClass.Label) || AfterNameHead(k) || InUnitName(k) || InScoreLine(k) || InInningsScore(k)) return true;
            // "10:30"
            if (k + 2 < N && Is(k + 1, ":") && pieces[k + 1].Glued && pieces[k + 2].Glued) return true;
            if (k >= 2 && Is(k - 1, ":") && p.Glued && pieces[k - 2].Kind == PieceKind.Number) return true;
            if (Guard(k + 1).HasFlag(GuardClass.Clock)) return true;
            // "Oct. 23", "23 October", and the second day of "August 9 and 13"
            if (k >= 1 && Guard(k - 1).HasFlag(GuardClass.Month) && char.IsUpper(text[pieces[k - 1].Start])) return true;
            if (k >= 3 && Is(k - 1, "and") && p.Number is >= 1 and <= 31 && pieces[k - 2].Kind == PieceKind.Number &&
                Guard(k - 3).HasFlag(GuardClass.Month) && char.IsUpper(text[pieces[k - 3].Start])) return true;
            if (k + 1 < N && Guard(k + 1).HasFlag(GuardClass.Month) && char.IsUpper(text[pieces[k + 1].Start])) return true;
            return InTime(k);
        }

        /// <summary>
        /// "North Korea's 11 Storm Corps fields", "the 82 Airborne Division": after "the" or a possessive, a number
        /// before a capitalized unit name is part of that name; "the 500 Marine Corps troops" still counts troops.
        /// </summary>
        private bool InUnitName(int k)
        {
            if (!Is(k - 1, "the") && !Is(k - 1, "'s") && !Is(k - 1, "’s")) return false;
            for (var m = k + 1; m < N && m <= k + 3 && pieces[m].Kind == PieceKind.Word && char.IsUpper(text[pieces[m].Start]); m++)
                if (Guard(m).HasFlag(GuardClass.UnitName)) return !Counted(m + 1).HasFlag(CountedClass.Head);
            return false;
        }

        /// <summary>"Ocean's 11": the piece before <paramref name="k"/> ends a capitalized word's possessive.</summary>
        private bool AfterNamePossessive(int k)
        {
            if (k < 2) return false;
            var before = text.AsSpan(pieces[k - 1].Start, pieces[k - 1].Length);
            if (!before.EndsWith("'s", StringComparison.Ordinal) && !before.EndsWith("’s", StringComparison.Ordinal)) return false;
            var word = before.Length > 2 ? pieces[k - 1] : pieces[k - 2];
            return word.Kind == PieceKind.Word && char.IsUpper(text[word.Start]);
        }

        /// <summary>
        /// "Boeing 747", "Windows 95", "Flight eight hundred": a capitalized name head, not opening the sentence unless it
        /// is a proper noun ("Nikkei 225 futures fell"; "Three people died" has no head).
        /// </summary>
        private bool AfterNameHead(int k)
        {
            var head = Guard(k - 1);
            if (!head.HasFlag(GuardClass.ProperName) && !head.HasFlag(GuardClass.Name) ||
                !text.AsSpan(pieces[k - 1].Start, pieces[k - 1].Length).ContainsAnyInRange('A', 'Z')) return false;
            // Opening the sentence a common-word head ("Windows", "Formula") is capitalized anyway: it heads a name before
            // digits ("Windows 95 sales rose", "Formula 1 teams met"), not before a unit ("Windows 12 feet tall") or a
            // number word ("Flight two hours late").
            return head.HasFlag(GuardClass.ProperName) || k >= 2 ||
                pieces[k].Kind == PieceKind.Number && !lexicon.UnitsAfter.Match(text, pieces, k + 1, out _, out _);
        }

        /// <summary>
        /// "Metz 2 Nice 1", "Lyon 3 Lille 0": a small whole figure after a capitalized name, with one to three capitalized
        /// words and another such figure on either side, is one side of a sports result; "Ohio 5 Democrats and 3
        /// Republicans" counts, and so does a figure before a lower-case content word ("AMT 10 bln yen").
        /// </summary>
        private bool InScoreLine(int k)
        {
            // "AMT 10 bln yen": a figure before a lower-case content word counts it
            if (!ScoreFigure(k) || !CapitalizedWord(k - 1) ||
                k + 1 < N && pieces[k + 1].Kind == PieceKind.Word && char.IsLower(text[pieces[k + 1].Start]) && !Counted(k + 1).HasFlag(CountedClass.Stop)) return false;
            // "Metz 2 (Pires 34th) Nice 1 (Bonnet 77th)": the scorers in brackets after a figure belong to that side
            var m = AfterBrackets(k + 1);
            var name = m;
            while (m <= name + 2 && CapitalizedWord(m)) m++;
            if (m > name && ScoreFigure(m)) return true;
            var b = k - 1;
            while (b >= k - 3 && CapitalizedWord(b)) b--;
            b = BeforeBrackets(b);
            return ScoreFigure(b) && CapitalizedWord(b - 1);
        }

        /// <summary>The piece after a short bracketed aside opening at <paramref name="i"/>, or <paramref name="i"/> itself.</summary>
        private int AfterBrackets(int i)
        {
            if (!Is(i, "(")) return i;
            for (var j = i + 1; j < N && j <= i + 6; j++)
                if (Is(j, ")")) return j + 1;
            return i;
        }

        /// <summary>The piece before a short bracketed aside closing at <paramref name="i"/>, or <paramref name="i"/> itself.</summary>
        private int BeforeBrackets(int i)
        {
            if (!Is(i, ")")) return i;
            for (var j = i - 1; j >= 0 && j >= i - 6; j--)
                if (Is(j, "(")) return j - 1;
            return i;
        }

        /// <summary>
        /// "were 112 for three at lunch", "412 for eight declared": a cricket total and its wickets, a bare whole figure,
        /// an <c>innings</c> word and one to ten, with no noun after them ("raised 300 for two charities" counts).
        /// </summary>
        private bool InInningsScore(int k)
        {
            var total = pieces[k].Kind == PieceKind.Number && Guard(k + 1).HasFlag(GuardClass.Innings) ? k : Guard(k - 1).HasFlag(GuardClass.Innings) ? k - 2 : -1;
            // a bare whole total after a word ("were 112", "to 96"), not "$300 for two"
            if (total < 0 || pieces[total].Kind != PieceKind.Number || pieces[total].Separators || pieces[total].IntegerDigits > 3 ||
                pieces[total].Number % 1 != 0 || total > 0 && pieces[total - 1].Kind != PieceKind.Word) return false;
            var w = total + 2;
            var wickets = w < N && pieces[w].Kind == PieceKind.Number ? pieces[w].Number : NumberWord(w, out var word) && word.Class == NumberClass.Number ? word.Value : 0;
            if (wickets is < 1 or > 10 || wickets % 1 != 0) return false;
            var next = w + 1;
            return next >= N || pieces[next].Kind != PieceKind.Word || Counted(next).HasFlag(CountedClass.Stop) ||
                Key(next).EndsWith("ed", StringComparison.OrdinalIgnoreCase); // "declared"
        }

        /// <summary>
        /// "co-author of Three's a Crowd", "World Wars One and Two", "the Ten Most Wanted": a capitalized number word
        /// after a word inside the sentence is part of a title or name; opening it or after punctuation ("said: Two
        /// died") it counts, and so it does before a unit ("Rise Five Percent") or in a headline in title case.
        /// </summary>
        private bool InTitle(int k) =>
            k >= 1 && char.IsUpper(text[pieces[k].Start]) && pieces[k - 1].Kind == PieceKind.Word &&
            text.AsSpan(pieces[k - 1].Start, pieces[k - 1].Length).ContainsAnyInRange('a', 'z') && // not after a run-in "SHOOTING"
            !lexicon.UnitsAfter.Match(text, pieces, k + 1, out _, out _) && !IsTitleCase();

        /// <summary>
        /// A headline in title case ("The Paris Agreement Is One Huge Step For Mankind"): fewer than a third of its words
        /// open in lower case, so a capital says nothing about a name.
        /// </summary>
        private bool IsTitleCase()
        {
            int words = 0, lower = 0;
            for (var i = 0; i < N; i++)
            {
                if (pieces[i].Kind != PieceKind.Word) continue;
                words++;
                if (char.IsLower(text[pieces[i].Start])) lower++;
            }
            return lower * 3 < words;
        }

        private bool IsNumeral(int i) => i >= 0 && i < N && (pieces[i].Kind == PieceKind.Number || NumberWord(i, out var w) && w.Class == NumberClass.Number);

        private bool ScoreFigure(int i) =>
            i >= 0 && i < N && pieces[i].Kind == PieceKind.Number && !pieces[i].Separators && pieces[i].IntegerDigits <= 3 && !pieces[i].Glued;

        private bool CapitalizedWord(int i) => i >= 0 && i < N && pieces[i].Kind == PieceKind.Word && char.IsUpper(text[pieces[i].Start]);

        /// <summary>"a one-time charge", "a 2-for-1 split": the figure is part of an adjective or a name.</summary>
        private bool IsCompound(int k) =>
            k + 2 < N && IsHyphen(k + 1) && pieces[k + 1].Glued && pieces[k + 2].Glued && Guard(k + 2).HasFlag(GuardClass.Compound);

        /// <summary>True when the piece lies in a DATE or TIME expression of the time stage.</summary>
        private bool InTime(int k)
        {
            if (times.IsDefaultOrEmpty) return false;
            var p = pieces[k];
            int lo = 0, hi = times.Length - 1;
            while (lo <= hi)
            {
                var mid = (lo + hi) >>> 1;
                var s = times[mid].Span;
                if (s.End <= p.Start) lo = mid + 1;
                else if (s.Start >= p.End) hi = mid - 1;
                else return times[mid].Type is TimexType.Date or TimexType.Time;
            }
            return false;
        }

        /// <summary>"1,500 to 12,000", "between 1 and 1.5 million", "10-12,000" (ten to twelve thousand).</summary>
        private bool TryRange(Amount first, QualifierCue? qualifier, Change change, out double low, out Amount second)
        {
            low = first.Value;
            second = default;
            var k = first.End;
            if (k >= N) return false;
            var dash = Is(k, "–") || Is(k, "—");
            var hyphen = IsHyphen(k) && pieces[k].Glued && k + 1 < N && pieces[k + 1].Glued;
            var connector = qualifier switch
            {
                QualifierCue.Between => Is(k, "and") || Is(k, "to") || dash || hyphen,
                QualifierCue.From => Is(k, "to") || Is(k, "through") || dash || hyphen,
                _ => Is(k, "to") || dash || hyphen,
            };
            if (!connector || !TryAmount(k + 1, out second)) return false;
            // After a change cue "rose 5% to 7%" and "up nine to 5,688" are a change and a level, but "rises of 25 to
            // 50 percent" is one range: a bare figure, then a close one with the unit.
            if (qualifier is not (QualifierCue.Between or QualifierCue.From) && change != Change.None &&
                (first.Unit is not null || second.Unit is null || second.Value > 10 * low)) return false;
            if (first.Scale == 1 && second.Scale > 1 && low * second.Scale <= second.Value) low *= second.Scale;
            else if (hyphen && first.Digits && second.Digits && !first.Separators && first.Unit is null &&
                     low < 1000 && second.Value >= 1000 && second.Value % 1000 == 0 && low * 1000 <= second.Value && low * 10000 > second.Value)
                low *= 1000;
            return (first.Unit is null || second.Unit is null || first.Unit == second.Unit) && low <= second.Value;
        }

        /// <summary>"per month", "a year", "each"; "per X" for any noun X.</summary>
        private bool TryRate(int k, out string? rate, out int end)
        {
            rate = null;
            end = k;
            if (k >= N) return false;
            if (lexicon.Rates.Match(text, pieces, k, out var rEnd, out var r) && !Guard(rEnd).HasFlag(GuardClass.NotAfterRate))
            {
                rate = r;
                end = rEnd;
                return true;
            }
            if (Is(k, "per") && k + 1 < N && pieces[k + 1].Kind == PieceKind.Word && !Counted(k + 1).HasFlag(CountedClass.Stop))
            {
                rate = Key(k + 1).ToString().ToLowerInvariant();
                end = k + 2;
                return true;
            }
            return false;
        }

        /// <summary>
        /// What is counted: the noun phrase after the figure (after "of the" too), up to its head (piece
        /// <paramref name="headPiece"/>, -1 when there is only a "[have been] killed or wounded" tail), with such a tail.
        /// </summary>
        private bool TryCounted(int k, out string? thing, out Span? span, out int end, out int headPiece)
        {
            thing = null;
            span = null;
            end = k;
            headPiece = -1;
            var s = k;
            if (Is(s, "of"))
            {
                s++;
                while (Counted(s).HasFlag(CountedClass.Determiner)) s++;
            }
            int first = -1, last = -1, words = 0, m = s;
            while (m < N && words < 6)
            {
                var p = pieces[m];
                if (p.Kind != PieceKind.Word)
                {
                    if (first >= 0 && IsHyphen(m) && p.Glued && m + 1 < N && pieces[m + 1].Kind == PieceKind.Word && pieces[m + 1].Glued)
                    {
                        m++;
                        continue;
                    }
                    break;
                }
                var key = Key(m);
                var cls = Counted(m);
                // "two side-by-side tables": a word inside a hyphenated compound does not end the phrase
                if (first >= 0 && p.Glued && IsHyphen(m - 1) && m + 1 < N && IsHyphen(m + 1) && pieces[m + 1].Glued)
                {
                    m++;
                    continue;
                }
                if (cls.HasFlag(CountedClass.Stop) || cls.HasFlag(CountedClass.Participle) || lexicon.Numbers.ContainsKey(key)) break;
                var lower = char.IsLower(key[0]);
                if (lower && key.Length > 4 && key.EndsWith("ly", StringComparison.Ordinal)) break; // adverbs
                // "registered Kansas voters", "cable news networks", "Marine Corps troops": a name or an invariant noun in -s
                // before a plural or a head noun modifies it
                // "police officers", "staff members": a head noun that is also a modifier gives way to a plural after it
                var head = cls.HasFlag(CountedClass.Head) && !(cls.HasFlag(CountedClass.Modifier) && m + 1 < N && pieces[m + 1].Kind == PieceKind.Word &&
                        IsPlural(Key(m + 1)) && Counted(m + 1) == CountedClass.None) ||
                    IsPlural(key) && !((char.IsUpper(key[0]) || cls.HasFlag(CountedClass.Modifier)) &&
                    m + 1 < N && pieces[m + 1].Kind == PieceKind.Word &&
                    (IsPlural(Key(m + 1)) && Counted(m + 1) == CountedClass.None || Counted(m + 1).HasFlag(CountedClass.Head)));
                if (!head && lower && key.Length > 4 && (key.EndsWith("ed", StringComparison.Ordinal) || key.EndsWith("ing", StringComparison.Ordinal)) &&
                    !IsNounWord(m + 1)) break; // "the 3,000 arrived", but "1,500 trained soldiers"
                if (first < 0) first = m;
                last = m;
                words++;
                m++;
                if (head) break;
            }
            var t = first < 0 ? s : last + 1;
            for (var aux = 0; aux < 2 && Counted(t).HasFlag(CountedClass.Aux) && !Counted(t).HasFlag(CountedClass.Participle); aux++) t++;
            int tailFirst = -1, tailLast = -1;
            if (Counted(t).HasFlag(CountedClass.Participle))
            {
                tailFirst = tailLast = t;
                while ((Is(tailLast + 1, "or") || Is(tailLast + 1, "and")) && Counted(tailLast + 2).HasFlag(CountedClass.Participle)) tailLast += 2;
            }
            if (first < 0 && tailFirst < 0) return false;
            headPiece = first >= 0 ? last : -1;
            var startPiece = first >= 0 ? first : tailFirst;
            var endPiece = tailLast >= 0 ? tailLast : last;
            var head0 = first >= 0 ? text[pieces[first].Start..pieces[last].End] : null;
            var tail = tailFirst >= 0 ? text[pieces[tailFirst].Start..pieces[tailLast].End] : null;
            thing = head0 is null ? tail : tail is null ? head0 : head0 + " " + tail;
            span = Span.FromBounds(pieces[startPiece].Start, pieces[endPiece].End);
            end = endPiece + 1;
            return true;
        }

        private bool IsNounWord(int i) =>
            i < N && pieces[i].Kind == PieceKind.Word && !Counted(i).HasFlag(CountedClass.Stop) && !lexicon.Numbers.ContainsKey(Key(i));

        private static bool IsPlural(ReadOnlySpan<char> word) =>
            word.Length > 3 && word[^1] is 's' && word[^2] is not ('s' or 'u' or 'i' or '\'' or '’');
    }
}
