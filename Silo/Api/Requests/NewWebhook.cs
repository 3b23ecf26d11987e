using AfterSales.GrainInterfaces.Common.Limits;

namespace AfterSales.Silo.Api.Requests;

/// <summary>
/// A subscription to events: the receiver's absolute http(s) URL, the events (or <c>*</c> for all), the secret its
/// deliveries are signed with (16 characters or more), and its kind: <c>webhook</c> (default) or <c>wecom</c>, a WeCom
/// group robot's URL.
/// </summary>
public sealed record NewWebhook([property: LongText] string Url, [property: Items] IReadOnlyList<string> Events, [property: ShortText] string? Secret = null, [property: ShortText] string? Kind = null);
