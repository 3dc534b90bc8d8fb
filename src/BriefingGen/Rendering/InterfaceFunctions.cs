using BriefingGen.Model.Language;
using BriefingGen.Parsing;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BriefingGen.Rendering;

/// <summary>
/// The template functions that write interface strings in the site's language: <c>{{ t "key_facts" }}</c>,
/// <c>{{ t "by_authors" { authors: names } }}</c>, <c>{{ t_count "count_terms" n }}</c>, <c>{{ t_and next_item }}</c> and, for print margin boxes,
/// <c>{{ t_css "page_of_pages" }}</c>.
/// </summary>
public static class InterfaceFunctions
{
    public static TemplateFunction TFunction { get; } = new(typeof(object), 1, [new(typeof(string), "key"), new(typeof(ScriptObject), "arguments")],
        (context, a) => T(context, (string?)a[0] ?? "", a.Count > 1 ? (ScriptObject?)a[1] : null));

    public static TemplateFunction TCountFunction { get; } = new(typeof(object), 2, [new(typeof(string), "key"), new(typeof(long), "count"), new(typeof(ScriptObject), "arguments")],
        (context, a) => TCount(context, (string?)a[0] ?? "", (long)a[1]!, a.Count > 2 ? (ScriptObject?)a[2] : null));

    public static TemplateFunction TCssFunction { get; } = new(typeof(string), "key", typeof(RawHtml), (context, key) => TCss(context, (string?)key ?? ""));

    public static TemplateFunction TAndFunction { get; } = new(typeof(string), "next", typeof(string), (context, next) => TAnd(context, (string?)next ?? ""));

    /// <summary>
    /// The text of <paramref name="key"/>, its <c>{name}</c> placeholders filled from <paramref name="arguments"/>. Escaped
    /// on output like any value; when an argument is <see cref="RawHtml"/> (a link), the text and the other arguments are
    /// escaped here and the result is marked raw, so the link stays markup.
    /// </summary>
    public static object T(TemplateContext context, string key, ScriptObject? arguments = null) =>
        Filled(context, key, (text, named) => text.Text(key, named), arguments);

    /// <summary>The plural form of <paramref name="key"/> for <paramref name="count"/> (the CLDR category of the language), with <c>{count}</c> filled.</summary>
    public static object TCount(TemplateContext context, string key, long count, ScriptObject? arguments = null) =>
        Filled(context, key, (text, named) => text.Count(key, count, named), arguments);

    /// <summary>The language's "and" before the last item of a list, chosen by how <paramref name="next"/> (that item's text) begins.</summary>
    public static string TAnd(TemplateContext context, string next) => Text(context, "list_and").ListAnd(next);

    /// <summary>
    /// The text of <paramref name="key"/> as a CSS <c>content</c> value: its words as CSS strings and each <c>{name}</c> as
    /// <c>counter(name)</c>, so "Page {page} of {pages}" gives <c>"Page " counter(page) " of " counter(pages)</c>.
    /// </summary>
    public static RawHtml TCss(TemplateContext context, string key)
    {
        var text = Text(context, key).Text(key);
        var parts = new List<string>();
        var at = 0;
        while (at < text.Length)
        {
            var open = text.IndexOf('{', at);
            var close = open < 0 ? -1 : text.IndexOf('}', open + 1);
            var name = close < 0 ? "" : text[(open + 1)..close];
            if (close < 0 || name.Length == 0 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            {
                parts.Add(PrintModel.CssString(text[at..]));
                break;
            }

            if (open > at)
            {
                parts.Add(PrintModel.CssString(text[at..open]));
            }

            parts.Add($"counter({name})");
            at = close + 1;
        }

        return new RawHtml(string.Join(' ', parts));
    }

    private static object Filled(TemplateContext context, string key, Func<InterfaceText, (string Name, object? Value)[], string> fill, ScriptObject? arguments)
    {
        var text = Text(context, key);
        var named = arguments is null ? [] : arguments.Select(a => (a.Key, a.Value)).ToArray();
        if (!named.Any(a => a.Value is RawHtml))
        {
            return fill(text, named);
        }

        var template = text.Strings[key];
        var escapedText = new InterfaceText(text.Language, text.Culture, new Dictionary<string, InterfaceString>(StringComparer.Ordinal)
        {
            [key] = template with { Forms = template.Forms.ToDictionary(f => f.Key, f => Escape.Html(f.Value), StringComparer.Ordinal) },
        });
        var escapedArguments = named.Select(a => (a.Key, (object?)(a.Value is RawHtml raw ? raw.Value : Escape.Html(text.Number(a.Value))))).ToArray();
        return new RawHtml(fill(escapedText, escapedArguments));
    }

    private static InterfaceText Text(TemplateContext context, string key)
    {
        var text = ((HtmlTemplateContext)context).RenderContext?.Text ?? InterfaceText.English;
        if (!text.Has(key))
        {
            throw new ScriptRuntimeException(context.CurrentSpan,
                $"no interface string '{key}' in the theme's or the site's language files: check its spelling, or add it to templates/i18n/{InterfaceLanguage.English}.yml" +
                (text.Language == InterfaceLanguage.English ? "" : $" and templates/i18n/{text.Language}.yml"));
        }

        return text;
    }
}
