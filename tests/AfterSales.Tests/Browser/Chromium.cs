using AfterSales.Tests.Tools;
using Microsoft.Playwright;

namespace AfterSales.Tests.Browser;

/// <summary>
/// Debian's Chromium driven by Playwright (<c>playwright install</c> cannot download a browser here), headless, in a
/// fresh profile that is deleted afterwards.
/// </summary>
public sealed class Chromium : IAsyncDisposable
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly string[] Args =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private readonly IPlaywright _playwright;

    private readonly string _profile;

    private Chromium(IPlaywright playwright, IBrowserContext context, string profile)
    {
        _playwright = playwright;
        Context = context;
        _profile = profile;
    }

    public IBrowserContext Context { get; }

    public static async Task<Chromium> Start()
    {
        var playwright = await Playwright.CreateAsync();
        var profile = Directory.CreateTempSubdirectory("aftersales-chromium-").FullName;
        var context = await playwright.Chromium.LaunchPersistentContextAsync(profile, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = RequiredTool.Path(ExecutablePath, "chromium"),
            Headless = true,
            Args = Args,
            ViewportSize = new ViewportSize { Width = 1400, Height = 1000 },
        });
        return new Chromium(playwright, context, profile);
    }

    /// <summary>A slow network for the page, as DevTools emulates it: every request waits <paramref name="latencyMs"/> ms.</summary>
    public static async Task SlowNetwork(IPage page, int latencyMs)
    {
        var devTools = await page.Context.NewCDPSessionAsync(page);
        await devTools.SendAsync("Network.enable");
        await devTools.SendAsync("Network.emulateNetworkConditions", new Dictionary<string, object>
        {
            ["offline"] = false, ["latency"] = latencyMs, ["downloadThroughput"] = -1, ["uploadThroughput"] = -1,
        });
    }

    public async ValueTask DisposeAsync()
    {
        await Context.CloseAsync();
        _playwright.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
