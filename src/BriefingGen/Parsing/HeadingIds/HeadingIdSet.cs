namespace BriefingGen.Parsing.HeadingIds;

/// <summary>
/// The heading ids of one document, made unique as Markdig does (<c>a</c>, <c>a-1</c>, <c>a-2</c>, ...) but in
/// linear time: Markdig tries every suffix from 1 for each new duplicate, so 50,000 identical headings took
/// over a minute. A counter per base id starts where the last search for that base ended; the numbers below it
/// are all taken (ids are never removed), so the id found is the one Markdig would find.
/// </summary>
public sealed class HeadingIdSet
{
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);
    private readonly Dictionary<string, uint> _nextSuffix = new(StringComparer.Ordinal);

    /// <summary>The first of <paramref name="baseId"/>, <c>baseId-1</c>, <c>baseId-2</c>, ... not yet taken, now taken.</summary>
    public string Claim(string baseId)
    {
        if (_taken.Add(baseId))
        {
            return baseId;
        }

        var suffix = _nextSuffix.GetValueOrDefault(baseId, 1u);
        string id;
        while (!_taken.Add(id = $"{baseId}-{suffix}"))
        {
            suffix++;
        }

        _nextSuffix[baseId] = suffix + 1;
        return id;
    }
}
