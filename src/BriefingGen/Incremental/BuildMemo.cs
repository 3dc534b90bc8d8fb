namespace BriefingGen.Incremental;

/// <summary>
/// What a build may reuse from the last one: serve keeps one from build to build, so that an edit redoes only what it
/// touches; a one-off build takes <see cref="None"/>, which keeps nothing. The output is the same either way.
/// </summary>
public sealed class BuildMemo
{
    private readonly FileStream? _outputLock;
    private OutputFiles? _output;

    /// <param name="outputLock">The output folder's lock, when the caller holds it (serve does while it runs): the output is written under it.</param>
    public BuildMemo(FileStream? outputLock = null) : this(keeps: true)
    {
        _outputLock = outputLock;
    }

    private BuildMemo(bool keeps)
    {
        if (!keeps)
        {
            return;
        }

        Texts = new SourceTextMemo();
        Parses = new ParseMemo();
        Model = new ModelMemo();
        Theme = new ThemeMemo();
        Renders = new RenderMemo();
        Links = new LinkCheckMemo();
        OutputPaths = new OutputPathsMemo();
        OutputSizes = new OutputSizeMemo();
        Cards = new SocialCardMemo();
        Commits = new CommitDatesMemo();
    }

    /// <summary>Keeps nothing: a one-off build (<c>build</c>, <c>check</c>).</summary>
    public static BuildMemo None { get; } = new(keeps: false);

    /// <summary>Whether this memo remembers what a build found for the next one (every memo but <see cref="None"/>).</summary>
    public bool Remembers => Parses is not null;

    internal SourceTextMemo? Texts { get; }
    internal ParseMemo? Parses { get; }
    internal ModelMemo? Model { get; }
    internal ThemeMemo? Theme { get; }
    internal RenderMemo? Renders { get; }
    internal LinkCheckMemo? Links { get; }
    internal OutputPathsMemo? OutputPaths { get; }
    internal OutputSizeMemo? OutputSizes { get; }
    internal SocialCardMemo? Cards { get; }
    internal CommitDatesMemo? Commits { get; }

    /// <summary>The output folder brought up to date build after build.</summary>
    internal OutputFiles Output(string root) => _output ??= new OutputFiles(root, _outputLock);

    /// <summary>Set while the last build stopped on an exception: the next one looks at every file, as the changes it was told of were not all taken in.</summary>
    internal bool Failed
    {
        get => _failed;
        set => _failed = Remembers && value; // None is shared, and keeps nothing
    }

    private bool _failed;

    /// <summary>How many pages the last build rendered (the rest were reused).</summary>
    public int LastRendered => Renders?.LastRendered ?? 0;

    /// <summary>The output files the last build wrote or deleted.</summary>
    public IReadOnlyList<string> LastWritten { get; internal set; } = [];
}
