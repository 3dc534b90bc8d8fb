using Scriban;
using Scriban.Syntax;

namespace BriefingGen.Rendering.Links;

/// <summary>Where an output statement of a template writes, as the HTML tokenizer would read it.</summary>
public enum HoleKind
{
    /// <summary>Between tags: escaped text there is text, but markup (<c>raw</c>, an include, a capture) may hold links of its own, and must end between tags.</summary>
    Markup,

    /// <summary>Inside the quoted value of an <c>id</c>, <c>href</c>, <c>src</c> or <c>rel</c> attribute: part of that value (escaped, it cannot end it; markup there must hold no quote).</summary>
    LinkValue,

    /// <summary>Inside another attribute's value, or a bogus comment: no link (escaped, it cannot end either; markup there must hold no quote or '&gt;').</summary>
    Other,

    /// <summary>Inside the text of a script, style, title or the like: no link (markup there must hold no '&lt;', so that it cannot end the element).</summary>
    Text,

    /// <summary>
    /// Inside a tag's name after letters that no text element or &lt;link&gt; starts with (<c>&lt;h{{ level }}&gt;</c>):
    /// the tag is an ordinary element if what is written there has no space, '/' or '&gt;'.
    /// </summary>
    TagName,
}

/// <summary>
/// What a template's own text says about links, worked out once per template: the <c>id</c>, <c>href</c>, <c>src</c>
/// and <c>rel</c> attributes its literal text ends (each value literal text and the output statements written into
/// it), and where each output statement writes. Every path through the template's
/// <c>if</c>s and loops must read its text the same way, else the template is <see cref="Refused"/>, with why.
/// </summary>
public sealed class TemplateLinks
{
    private readonly Dictionary<ScriptRawStatement, (string Key, IReadOnlyList<TagLinks> Tags)> _tags = [];
    private readonly Dictionary<ScriptStatement, HoleKind> _holes = [];

    private TemplateLinks()
    {
    }

    /// <summary>Why the template's text cannot be read for links without rendering it, or null when it can.</summary>
    public string? Refused { get; private set; }

    /// <summary>The link attributes a literal text statement ends, in its order (the same on every path that reaches it).</summary>
    public IReadOnlyList<TagLinks> TagsOf(ScriptRawStatement text) => _tags.TryGetValue(text, out var found) ? found.Tags : [];

    /// <summary>Where each output statement writes.</summary>
    public IReadOnlyDictionary<ScriptStatement, HoleKind> Holes => _holes;

    public static TemplateLinks Of(Template template)
    {
        var links = new TemplateLinks();
        links.Stream(template.Page?.Body);
        return links;
    }

    // An output of its own (the template, a capture, a function's body): it starts between tags and must end there.
    private void Stream(ScriptStatement? body)
    {
        var jumps = new Jumps();
        var end = Walk(body, States(MarkupState.Start), jumps);
        if (Refused is null && (end.Values.Concat(jumps.Returned.Values).Any(s => s.Mode != MarkupMode.Data) || jumps.Broke.Count + jumps.Continued.Count > 0))
        {
            Refuse("the template's text ends inside a tag, comment or script");
        }
    }

    private sealed class Jumps
    {
        public Dictionary<string, MarkupState> Returned { get; } = [];
        public Dictionary<string, MarkupState> Broke { get; set; } = [];
        public Dictionary<string, MarkupState> Continued { get; set; } = [];
    }

    private static Dictionary<string, MarkupState> States(params IEnumerable<MarkupState> states)
    {
        var set = new Dictionary<string, MarkupState>(StringComparer.Ordinal);
        foreach (var state in states)
        {
            set.TryAdd(state.Key, state);
        }

        return set;
    }

    private void Refuse(string why) => Refused ??= why;

    // The states the tokenizer may be in after the statement, from each of the states it may be in before it.
    private Dictionary<string, MarkupState> Walk(ScriptStatement? statement, Dictionary<string, MarkupState> before, Jumps jumps)
    {
        if (Refused is not null || statement is null || before.Count == 0)
        {
            return before;
        }

        switch (statement)
        {
            case ScriptBlockStatement block:
                var states = before;
                foreach (var inner in block.Statements)
                {
                    states = Walk(inner, states, jumps);
                }

                return states;
            case ScriptRawStatement text:
                return Text(text, before);
            case ScriptExpressionStatement { Expression: ScriptAssignExpression }:
                return before;
            case ScriptExpressionStatement output:
                return Hole(output, before);
            case ScriptIfStatement choice:
                var then = Walk(choice.Then, before, jumps);
                var otherwise = choice.Else is null ? before : Walk(choice.Else, before, jumps);
                return States(then.Values.Concat(otherwise.Values));
            case ScriptElseStatement otherwiseBlock:
                return Walk(otherwiseBlock.Body, before, jumps);
            case ScriptForStatement or ScriptWhileStatement:
                return Loop(statement, before, jumps);
            case ScriptCaptureStatement capture:
                Stream(capture.Body);
                return before;
            case ScriptFunction function:
                Stream(function.Body);
                return before;
            case ScriptWithStatement with:
                return Walk(with.Body, before, jumps);
            case ScriptReturnStatement:
                foreach (var (key, state) in before)
                {
                    jumps.Returned.TryAdd(key, state);
                }

                return [];
            case ScriptBreakStatement or ScriptContinueStatement:
                var target = statement is ScriptBreakStatement ? jumps.Broke : jumps.Continued;
                foreach (var (key, state) in before)
                {
                    target.TryAdd(key, state);
                }

                return [];
            case ScriptEscapeStatement or ScriptEndStatement or ScriptNopStatement:
                return before;
            default:
                if (Contains<ScriptRawStatement>(statement))
                {
                    Refuse($"a '{statement.GetType().Name}' statement with text inside");
                    return before;
                }

                return Hole(statement, before);
        }
    }

    // A loop's body runs any number of times: the states after it are those it settles in, found by running it until no new one appears.
    private Dictionary<string, MarkupState> Loop(ScriptStatement loop, Dictionary<string, MarkupState> before, Jumps jumps)
    {
        var (body, otherwise) = loop switch
        {
            ScriptForStatement each => (each.Body, (ScriptStatement?)each.Else),
            ScriptWhileStatement repeat => (repeat.Body, null),
            _ => throw new InvalidOperationException(),
        };

        var inner = new Jumps { Broke = [], Continued = [] };
        var settled = States(before.Values);
        for (var round = 0; round < 8; round++)
        {
            var after = Walk(body, settled, inner);
            var next = States(settled.Values.Concat(after.Values).Concat(inner.Continued.Values));
            if (next.Count == settled.Count)
            {
                foreach (var (key, state) in inner.Returned)
                {
                    jumps.Returned.TryAdd(key, state);
                }

                var leaving = settled.Values.Concat(inner.Broke.Values);
                return otherwise is null ? States(leaving) : States(leaving.Concat(Walk(otherwise, before, jumps).Values));
            }

            settled = next;
        }

        Refuse("a loop whose text leaves the tokenizer in ever more states");
        return before;
    }

    private Dictionary<string, MarkupState> Text(ScriptRawStatement text, Dictionary<string, MarkupState> before)
    {
        var written = text.Text.ToString();
        var after = new Dictionary<string, MarkupState>(StringComparer.Ordinal);
        foreach (var state in before.Values)
        {
            var (end, tags, refused) = MarkupScanner.Scan(state, written);
            if (refused is not null)
            {
                Refuse($"{refused} (at offset {text.Span.Start.Offset})");
                return before;
            }

            var key = string.Join("\n", tags.Select(t => $"{t.Tag}@{t.End}:{string.Join(";", t.Attributes.Select(a => a.Name + "=" + MarkupState.PartsKey(a.Parts)))}"));
            if (_tags.TryGetValue(text, out var seen) && seen.Key != key)
            {
                Refuse($"text that writes different tags on different paths (at offset {text.Span.Start.Offset})");
                return before;
            }

            _tags[text] = (key, tags);
            after.TryAdd(end!.Key, end);
        }

        return after;
    }

    private Dictionary<string, MarkupState> Hole(ScriptStatement output, Dictionary<string, MarkupState> before)
    {
        var after = new Dictionary<string, MarkupState>(StringComparer.Ordinal);
        foreach (var state in before.Values)
        {
            var (kind, next) = state.Mode switch
            {
                MarkupMode.Data => (HoleKind.Markup, state),
                MarkupMode.DoubleQuotedValue or MarkupMode.SingleQuotedValue when state.Attribute is { } name && MarkupState.IsLinkAttribute(name) && !state.EndTag =>
                    (HoleKind.LinkValue, state with { Value = state.Value.Add(new HolePart(output)) }),
                // Escaped text has no '<', '>' or quote, so it cannot end these; a comment is left out, as "--" in text could end one.
                MarkupMode.DoubleQuotedValue or MarkupMode.SingleQuotedValue or MarkupMode.Bogus => (HoleKind.Other, state),
                MarkupMode.Text => (HoleKind.Text, state),
                // <h{{ level }}>: what the output adds cannot make it a text element or a <link> (the caller checks it adds no space or '/').
                MarkupMode.TagName when state.Tag.Length > 0 && !MarkupScanner.MayBeNamedElement(NameBefore(state.Tag)) =>
                    (HoleKind.TagName, state with { Tag = state.Tag + Marker(output) }),
                _ => ((HoleKind?)null, state),
            };
            if (kind is null || (state.Mode == MarkupMode.Text && state.TextEnd.Length > 0))
            {
                Refuse($"an output statement inside a tag's name, between its attributes, in an unquoted value or in a comment (at offset {output.Span.Start.Offset})");
                return before;
            }

            if (_holes.TryGetValue(output, out var seen) && seen != kind)
            {
                Refuse($"an output statement that writes in different places on different paths (at offset {output.Span.Start.Offset})");
                return before;
            }

            _holes[output] = kind.Value;
            after.TryAdd(next.Key, next);
        }

        return after;
    }

    /// <summary>How a tag name shows an output statement written into it: <c>h⟦120⟧</c>, for the statement at offset 120.</summary>
    public static string Marker(ScriptStatement output) => $"\u27e6{output.Span.Start.Offset}\u27e7";

    private static string NameBefore(string tag) => tag.IndexOf('\u27e6') is var at and >= 0 ? tag[..at] : tag;

    private static bool Contains<T>(ScriptNode node) where T : ScriptNode
    {
        for (var i = 0; i < node.ChildrenCount; i++)
        {
            if (node.GetChildren(i) is { } child && (child is T || Contains<T>(child)))
            {
                return true;
            }
        }

        return false;
    }
}
