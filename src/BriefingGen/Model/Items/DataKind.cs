using BriefingGen.Diagnostics;
using BriefingGen.Parsing;

namespace BriefingGen.Model.Items;

/// <summary>
/// One kind of briefing data as the pipeline sees it: its data file, the words an editor writes for it, the pages
/// made from it, what counts as its use. <see cref="DataKinds"/> lists them; the typed half is <see cref="DataKind{T}"/>.
/// </summary>
public abstract class DataKind(string name, string word)
{
    /// <summary>The data file's name (<c>data/grids.yml</c>, <c>data/grids/</c>), plural.</summary>
    public string Name { get; } = name;

    /// <summary>The singular, as messages and embeds write it: <c>{{&lt; grid ID &gt;}}</c>.</summary>
    public string Word { get; } = word;

    /// <summary>The words that embed an item of this kind; none when it cannot be embedded.</summary>
    public IReadOnlyList<string> EmbedWords { get; init; } = [];

    /// <summary>The options its embeds take, each <c>on</c> (the default) or <c>off</c>: what the embed shows around the item.</summary>
    public IReadOnlyList<string> EmbedOptions { get; init; } = [];

    /// <summary>The folder of its generated pages (<c>grids/</c>); null when it has none.</summary>
    public string? Url { get; init; }

    /// <summary>The page listing every item (made when there is one), and its English title (the model's; readers see the interface string).</summary>
    public PageKind? IndexPage { get; init; }

    public string? IndexTitle { get; init; }

    /// <summary>The kind of each item's own page, if items have one.</summary>
    public PageKind? ItemPage { get; init; }

    /// <summary>The interface string that names the kind's pages for readers (search filters, labels).</summary>
    public string? LabelKey { get; init; }

    /// <summary>The keys of one item in its data file, from which its reader's unknown-key check and its JSON Schema are made; null for a kind not yet described.</summary>
    public Yaml.MapShape? Keys { get; init; }

    /// <summary>The diagnostic code of an unused item.</summary>
    public string UnusedCode { get; init; } = DiagnosticCodes.UnusedDataItem;

    public string ItemUrl(string id) => $"{Url}{id}/";

    /// <summary>Whether the data files hold this kind (definitions are read inside terms).</summary>
    public abstract bool HasFile { get; }

    /// <summary>Whether its Markdown texts are checked and counted as uses (on its item page, or with the data when it has none).</summary>
    public abstract bool HasTexts { get; }

    public abstract IReadOnlyList<IDataItem> Read(IReadOnlyList<ParsedDataFile> files, DiagnosticBag diagnostics);

    /// <summary>The item's Markdown texts, each with where a problem in it is reported.</summary>
    public abstract IEnumerable<ItemText> Texts(IDataItem item);

    /// <summary>Whether the item gets a page of its own.</summary>
    public abstract bool HasOwnPage(IDataItem item);

    public abstract string PageTitle(IDataItem item);

    /// <summary>The warning for an item no page uses, or null when it is used (or the kind has no such rule).</summary>
    public abstract string? Unused(IDataItem item, ItemUses uses);

    public override string ToString() => Name;
}

/// <summary>A data kind whose items are <typeparamref name="T"/>: its reader and its rules, typed.</summary>
public sealed class DataKind<T>(string name, string word) : DataKind(name, word) where T : class, IDataItem
{
    public Func<IReadOnlyList<ParsedDataFile>, DiagnosticBag, IReadOnlyList<T>>? Reader { get; init; }

    public Func<T, IEnumerable<ItemText>>? TextsOf { get; init; }

    public Func<T, bool>? OwnPage { get; init; }

    public Func<T, string>? OwnPageTitle { get; init; }

    /// <summary>Whether the item is used; with <see cref="UnusedMessage"/>, the unused rule.</summary>
    public Func<T, ItemUses, bool>? IsUsed { get; init; }

    public Func<T, string>? UnusedMessage { get; init; }

    public override bool HasFile => Reader is not null;

    public override bool HasTexts => TextsOf is not null;

    public override IReadOnlyList<IDataItem> Read(IReadOnlyList<ParsedDataFile> files, DiagnosticBag diagnostics) =>
        Reader?.Invoke(files, diagnostics) ?? [];

    public override IEnumerable<ItemText> Texts(IDataItem item) => TextsOf?.Invoke((T)item) ?? [];

    public override bool HasOwnPage(IDataItem item) => ItemPage is not null && (OwnPage?.Invoke((T)item) ?? true);

    public override string PageTitle(IDataItem item) => OwnPageTitle?.Invoke((T)item) ?? item.Title;

    public override string? Unused(IDataItem item, ItemUses uses) =>
        IsUsed is null || UnusedMessage is null || IsUsed((T)item, uses) ? null : UnusedMessage((T)item);
}
