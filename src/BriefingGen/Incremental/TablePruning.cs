namespace BriefingGen.Incremental;

/// <summary>
/// The tables serve keeps from build to build. They are updated in place, since at 10,000 pages making them anew
/// each build is most of what the garbage collector has to do; entries for what a build no longer has are removed.
/// </summary>
internal static class TablePruning
{
    /// <summary>Removes the entries whose keys are not among <paramref name="keys"/>, and returns those keys.</summary>
    public static List<string> RemoveAllBut<TValue>(this Dictionary<string, TValue> table, IEnumerable<string> keys)
    {
        var keep = keys.ToHashSet(table.Comparer);
        var gone = table.Keys.Where(key => !keep.Contains(key)).ToList();
        foreach (var key in gone)
        {
            table.Remove(key);
        }

        return gone;
    }
}
