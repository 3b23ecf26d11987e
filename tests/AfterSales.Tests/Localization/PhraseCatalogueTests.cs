using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AfterSales.Dashboard.Localization;
using AfterSales.GrainInterfaces.Access;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Common.Limits;
using AfterSales.GrainInterfaces.Engineers;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Tests.Durability;

namespace AfterSales.Tests.Localization;

/// <summary>
/// The catalogue of phrases (Dashboard/Localization/Phrases.resx, Phrases.zh.resx) has a text in both languages for
/// every code the grains and the API say, with the same arguments in each.
/// </summary>
public sealed partial class PhraseCatalogueTests
{
    private static readonly CultureInfo Zh = CultureInfo.GetCultureInfo("zh");

    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en");

    [Fact]
    public void Every_code_in_the_source_has_a_text_in_English_and_Chinese()
    {
        var codes = SourceCodes();
        Assert.True(codes.Count > 150, $"only {codes.Count} codes found: the search no longer finds them");
        var english = Keys("Phrases.resx");
        var chinese = Keys("Phrases.zh.resx");
        Assert.Equal(english.Keys.Order(), chinese.Keys.Order());

        var missing = codes.Where(c => !english.ContainsKey(c) || !chinese.ContainsKey(c)).ToList();
        Assert.True(missing.Count == 0, $"codes without a text: {string.Join(", ", missing)}");
        foreach (var (code, text) in english)
        {
            Assert.True(Holes(text).SetEquals(Holes(chinese[code])), $"{code}: '{text}' and '{chinese[code]}' do not take the same arguments");
        }
    }

    [Fact]
    public void A_value_beyond_the_APIs_limits_is_refused_in_the_readers_language_with_the_English_for_machines()
    {
        var tooLong = Assert.Throws<InvalidInputException>(() => ContractValidation.Require(
            new CustomerReply(new string('长', Limits.LongText + 1)), TimeProvider.System));

        Assert.Equal(("API-INPUT", "message"), (tooLong.RuleId, tooLong.Field));
        Assert.Equal("message: must be at most 4000 characters.", tooLong.Message);
        Assert.Equal(tooLong.Message, Phrases.Explain(tooLong, En));
        Assert.Equal("字段 message：最多 4000 个字符。", Phrases.Explain(tooLong, Zh));
    }

    [Fact]
    public void The_Chinese_texts_are_Chinese()
    {
        // An English sentence copied into the Chinese file would pass the test above: each Chinese text has Chinese in it.
        var english = Keys("Phrases.zh.resx").Where(t => !CjkLetter().IsMatch(t.Value)).Select(t => t.Key).ToList();
        Assert.True(english.Count == 0, $"Chinese texts with no Chinese: {string.Join(", ", english)}");
    }

    [Fact]
    public void A_phrase_names_its_enum_arguments_in_the_readers_language_and_keeps_free_text_as_typed()
    {
        var classified = Sentence.Of("history.ticket.classified", $"classified as {TicketCategory.InstallationProblem}; reported to the service manager");
        Assert.Equal("classified as InstallationProblem; reported to the service manager", classified.English);
        Assert.Equal(["enum:TicketCategory.InstallationProblem"], classified.Phrase.Args);
        Assert.Equal("已分类为安装问题；已报告服务经理", Phrases.Say(classified.Phrase, Zh));
        Assert.Equal("classified as Installation problem; reported to the service manager", Phrases.Say(classified.Phrase, En));

        // Free text that starts like a marked argument is still free text.
        var typed = "enum:TicketStatus.Closed 已修复";
        var reply = Sentence.Of("history.ticket.replied", $"replied to the customer: {typed}");
        Assert.Equal("replied to the customer: enum:TicketStatus.Closed 已修复", reply.English);
        Assert.Equal("已答复用户：enum:TicketStatus.Closed 已修复", Phrases.Say(reply.Phrase, Zh));

        var status = new RuleViolationException("R-TKT-5", Sentence.Of(
            "refusal.ticket.status", "R-TKT-5: Dispatching is not possible in status Received (needs Contacted).",
            "R-TKT-5", Phrase.EnumArg(TicketOperation.Dispatch), Phrase.EnumArg(TicketStatus.Received),
            Alternatives.Of([TicketStatus.Classified, TicketStatus.Contacted]).Arg));
        Assert.Equal("R-TKT-5：工单当前为“已受理”状态，不能执行“派工”（须为：已分类或已联系）。", Phrases.Explain(status, Zh));

        // R-ENG-1: the reasons an engineer is not qualified are phrases inside the refusal's phrase.
        var engineer = "E-1";
        var reasons = Listed.Of([
            Sentence.Of("reason.engineer.training", "R-ENG-1: vocational training not passed"),
            Sentence.Of("reason.engineer.not-certified-for", $"R-ENG-1: not certified to check, maintain and train users on {ProductLine.TruckMixer}"),
        ]);
        var notQualified = new RuleViolationException(
            "R-ENG-1", Sentence.Of("refusal.engineer.not-qualified", $"Engineer '{engineer}' is not qualified: {reasons}."));
        Assert.Equal(
            "Engineer 'E-1' is not qualified: R-ENG-1: vocational training not passed; R-ENG-1: not certified to check, maintain and train users on TruckMixer.",
            notQualified.Message);
        Assert.Equal("工程师“E-1”不具备资格：R-ENG-1：未通过职业培训；R-ENG-1：未取得搅拌车的检查、维护和用户培训认证。", Phrases.Explain(notQualified, Zh));

        // A code the catalogue does not have, and an exception without a phrase, are said in the English kept beside them.
        Assert.Null(Phrases.Say(new Phrase("history.nobody.knows", []), Zh));
        Assert.Equal("as it was", Phrases.Explain(new RuleViolationException("R-X", "as it was"), Zh));
        Assert.Equal("工单“T-1”不存在。", Phrases.Explain(new NotFoundException("Ticket", "T-1"), Zh));
    }

    [Fact]
    public void Every_operation_a_refusal_may_name_has_a_Chinese_name_of_its_own()
    {
        // An access refusal names the operation (enum:CustomerOperation.Register): each has a Chinese name, not its English one.
        var operations = typeof(TicketOperation).Assembly.GetTypes()
            .Where(t => t.IsEnum && t.Namespace == typeof(TicketOperation).Namespace && t.Name.EndsWith("Operation", StringComparison.Ordinal))
            .SelectMany(t => Enum.GetNames(t).Select(v => $"{t.Name}.{v}"))
            // The kinds the access policy decides on besides the operations (who may record, dispose, commission which).
            .Concat(new[] { typeof(EvaluationSource), typeof(DispositionKind), typeof(Commissioning) }.SelectMany(t => Enum.GetNames(t).Select(v => $"{t.Name}.{v}")))
            .ToList();
        Assert.True(operations.Count > 50, $"only {operations.Count} operations found");
        var unnamed = operations.Where(o => !CjkLetter().IsMatch(Phrases.Name(o, Zh))).ToList();
        Assert.True(unnamed.Count == 0, $"operations with no Chinese name: {string.Join(", ", unnamed)}");
        Assert.NotEqual(Phrases.Name("CustomerOperation.Register", Zh), Phrases.Name("SiteOperation.Register", Zh));
    }

    /// <summary>Every code named in the source: the first argument of each <c>Sentence.Of</c>, and each phrase code written as a literal.</summary>
    private static HashSet<string> SourceCodes()
    {
        var codes = new HashSet<string>();
        foreach (var project in new[] { "Grains", "GrainInterfaces", "Silo" })
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(SiloProcess.RepositoryRoot, project), "*.cs", SearchOption.AllDirectories)
                         .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")))
            {
                var text = File.ReadAllText(file);
                codes.UnionWith(CodeLiteral().Matches(text).Select(m => m.Groups[1].Value));
            }
        }

        return codes;
    }

    private static HashSet<string> Holes(string text) => [.. Hole().Matches(text).Select(m => m.Value)];

    private static Dictionary<string, string> Keys(string file) =>
        XDocument.Load(Path.Combine(SiloProcess.RepositoryRoot, "Dashboard", "Localization", file)).Root!.Elements("data")
            .Where(d => !string.IsNullOrWhiteSpace((string?)d.Element("value")))
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!);

    [GeneratedRegex(@"""((?:history|refusal|reason|operation)\.[a-z]+(?:[.-][a-z0-9]+)*)""")]
    private static partial Regex CodeLiteral();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Hole();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex CjkLetter();
}
