using System.Text.Json.Serialization;
using BriefingGen.Config;
using BriefingGen.Model;
using BriefingGen.Model.Items.Timelines;
using BriefingGen.Parsing;

namespace BriefingGen.Incremental;

/// <summary>
/// The types a fingerprint serialises, with their serialisers made at compile time: reflection-based serialisation of
/// a runtime type is not available in the native (NativeAOT) binary, where trimmed types would quietly come out as
/// <c>{}</c> and serve would keep stale pages. A type missing here is an exception, not a wrong fingerprint.
/// </summary>
[JsonSerializable(typeof(SiteConfig))]
[JsonSerializable(typeof(FrontMatter))]
[JsonSerializable(typeof(PageUses))]
[JsonSerializable(typeof(Term))]
[JsonSerializable(typeof(Definition))]
[JsonSerializable(typeof(Reference))]
[JsonSerializable(typeof(Grid))]
[JsonSerializable(typeof(BenefitRiskTable))]
[JsonSerializable(typeof(Figure))]
[JsonSerializable(typeof(Comparison))]
[JsonSerializable(typeof(Theme))]
[JsonSerializable(typeof(Timeline))]
[JsonSerializable(typeof(Pack))]
// The cross-references a page may read, as the model holds them.
[JsonSerializable(typeof(List<Placement>))]
[JsonSerializable(typeof(Placement[]))]
[JsonSerializable(typeof(List<Evidence>))]
[JsonSerializable(typeof(Evidence[]))]
// The site's free data (site.data): maps, lists and the scalars YAML gives.
[JsonSerializable(typeof(SortedDictionary<string, object?>))]
[JsonSerializable(typeof(Dictionary<string, object?>))]
[JsonSerializable(typeof(List<object?>))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(decimal))]
internal sealed partial class FingerprintJson : JsonSerializerContext;
