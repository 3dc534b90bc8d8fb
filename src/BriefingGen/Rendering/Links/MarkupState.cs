using System.Collections.Immutable;

namespace BriefingGen.Rendering.Links;

/// <summary>Where in the HTML grammar a template's text stands, as far as the link check needs it (a subset of the tokenizer's states).</summary>
internal enum MarkupMode
{
    Data, TagOpen, EndTagOpen, TagName, BeforeAttributeName, AttributeName, AfterAttributeName, BeforeAttributeValue,
    DoubleQuotedValue, SingleQuotedValue, UnquotedValue, AfterQuotedValue, SelfClosing,
    Bang, BangDash, CommentStart, CommentStartDash, Comment, CommentEndDash, CommentEnd, Bogus, Doctype,
    Text, // the text of <script>, <style>, <title> and the like, until the end tag that closes it
}

/// <summary>A piece of an attribute's value: literal text of the template, or what an output statement writes there.</summary>
public abstract record ValuePart;

/// <summary>Literal text of a value, as the template writes it.</summary>
public sealed record LiteralPart(string Text) : ValuePart;

/// <summary>The value an output statement writes into an attribute value (escaped, so it cannot end the value).</summary>
public sealed record HolePart(Scriban.Syntax.ScriptStatement Statement) : ValuePart;

/// <summary>An <c>id</c>, <c>href</c>, <c>src</c> or <c>rel</c> attribute of a start tag, with the pieces of its value.</summary>
public sealed record LinkAttribute(string Name, ImmutableList<ValuePart> Parts);

/// <summary>
/// One state of the tokenizer between two characters of a template's text: the mode, the tag being read and the link
/// attributes it has so far. Immutable, so that the branches of an <c>if</c> each carry their own.
/// </summary>
internal sealed record MarkupState(
    MarkupMode Mode,
    string Tag,
    bool EndTag,
    string? Attribute,
    ImmutableList<ValuePart> Value,
    ImmutableList<LinkAttribute> Links,
    string TextEnd)
{
    public static MarkupState Start { get; } = new(MarkupMode.Data, "", false, null, [], [], "");

    /// <summary>The attributes the link check reads (see LinkChecker.Read).</summary>
    public static bool IsLinkAttribute(string name) => name is "id" or "href" or "src" or "rel";

    /// <summary>A text that says the same as the state, for telling states apart (holes by their statement's place).</summary>
    public string Key => $"{Mode}|{Tag}|{EndTag}|{Attribute}|{PartsKey(Value)}|{string.Join(";", Links.Select(l => l.Name + "=" + PartsKey(l.Parts)))}|{TextEnd}";

    public static string PartsKey(IEnumerable<ValuePart> parts) =>
        string.Concat(parts.Select(p => p switch
        {
            LiteralPart literal => "'" + literal.Text.Replace("'", "''", StringComparison.Ordinal) + "'",
            HolePart hole => $"{{{hole.Statement.Span.Start.Offset}}}",
            _ => "?",
        }));
}
