namespace BriefingGen.Diagnostics;

/// <summary>The " (did you mean 'x'?)" a message about an unknown name ends with: the nearest known name by edit distance.</summary>
public static class DidYouMean
{
    // Only names of a near length are compared, with a distance that stops once it is too far, so that thousands of
    // unknown names against a large bibliography stay fast; a name longer than this is no typo.
    private const int LongestName = 100;

    /// <summary>" (did you mean 'x'?)" for the candidate nearest <paramref name="wrong"/>, or "" when none is near.</summary>
    public static string Suggest(string wrong, IEnumerable<string> candidates) =>
        Closest(wrong, candidates) is { } best ? $" (did you mean '{best}'?)" : "";

    /// <summary>The candidate nearest <paramref name="wrong"/> ignoring case, within a third of its length, or null.</summary>
    public static string? Closest(string wrong, IEnumerable<string> candidates)
    {
        if (wrong.Length > LongestName)
        {
            return null;
        }

        var lower = wrong.ToLowerInvariant();
        var limit = Math.Max(2, wrong.Length / 3);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            if (Math.Abs(candidate.Length - wrong.Length) > limit || string.Equals(candidate, wrong, StringComparison.Ordinal))
            {
                continue;
            }

            var distance = Levenshtein(lower, candidate.ToLowerInvariant(), limit);
            if (distance <= limit && (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0)))
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        return best;
    }

    // The edit distance, or more than limit as soon as it must be.
    private static int Levenshtein(string a, string b, int limit)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowBest = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                rowBest = Math.Min(rowBest, current[j]);
            }

            if (rowBest > limit)
            {
                return limit + 1;
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
