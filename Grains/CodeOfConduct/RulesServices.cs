using AfterSales.GrainInterfaces.Common;
using AfterSales.Grains.Sla;
using Microsoft.Extensions.Configuration;
using AfterSales.Grains.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AfterSales.Grains.CodeOfConduct;

public static class RulesServices
{
    /// <summary>The configurable numbers of the code of conduct and the business calendar of its SLA clocks.</summary>
    public static IServiceCollection AddCodeOfConductRules(
        this IServiceCollection services, IConfiguration? configuration = null, TimeProvider? clock = null)
    {
        services.AddKeyedSingleton(RulesClock.Key, clock ?? TimeProvider.System);
        if (configuration is not null)
        {
            services.Configure<CodeOfConductSettings>(configuration.GetSection(CodeOfConductSettings.Section));
            services.Configure<BusinessCalendarSettings>(configuration.GetSection("BusinessCalendar"));
            services.Configure<Sites.InstallationSettings>(configuration.GetSection(Sites.InstallationSettings.Section));
            services.Configure<Accounts.AccountSettings>(configuration.GetSection(Accounts.AccountSettings.Section));
        }

        // Every grain takes its commands through one pipeline (Common/CommandPipeline).
        services.TryAddSingleton<ICommandProbe, NoCommandProbe>();
        services.AddSingleton<CommandServices>();
        services.AddSingleton<CommandWrites>();
        services.AddSingleton(sp => new BusinessCalendar(sp.GetRequiredService<IOptions<BusinessCalendarSettings>>().Value));
        services.AddSingleton(sp => new LocalTimes(sp.GetRequiredService<BusinessCalendar>().Zone));
        return services;
    }
}
