using BriefingGen.Loading;

namespace BriefingGen.Incremental;

/// <summary>
/// The commit dates of the last build with the commit they were read at (serve): git's history is read again only
/// when another commit is checked out, as reading it is a pass over the whole history, which in a large site's
/// repository takes longer than the rest of an edit.
/// </summary>
internal sealed class CommitDatesMemo
{
    private (string Root, string Head, CommitDates Dates)? _last;

    public CommitDates Read(string root)
    {
        if (GitHistory.Head(root) is not { } head)
        {
            return CommitDates.None;
        }

        if (_last is { } last && last.Root == root && last.Head == head)
        {
            return last.Dates;
        }

        // A log that could not be read (None) is tried again at the next edit rather than kept for this commit.
        var dates = GitHistory.Log(root);
        _last = ReferenceEquals(dates, CommitDates.None) ? null : (root, head, dates);
        return dates;
    }
}
