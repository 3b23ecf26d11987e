using AfterSales.GrainInterfaces.Common;

namespace AfterSales.Seeder;

/// <summary>What customers report and engineers write, in Chinese and English, per product line.</summary>
public static class DemoTexts
{
    public static readonly IReadOnlyDictionary<ProductLine, string[]> Faults = new Dictionary<ProductLine, string[]>
    {
        [ProductLine.TruckMixer] =
        [
            "搅拌筒不转 / drum does not rotate", "液压泵噪音大 / hydraulic pump noisy", "搅拌筒漏浆 / drum leaks slurry",
            "减速机漏油 / gearbox leaks oil", "出料槽卡滞 / chute sticks", "供水系统无压力 / water system has no pressure",
        ],
        [ProductLine.BatchingPlant] =
        [
            "计量秤不准 / weighing scale inaccurate", "主机衬板磨损 / mixer liner worn", "螺旋输送机卡死 / screw conveyor jammed",
            "控制系统报警 / PLC alarm", "皮带机跑偏 / belt conveyor runs off track", "骨料仓门不开 / aggregate bin gate stuck",
        ],
        [ProductLine.RecyclingPlant] =
        [
            "砂石分离机筛网堵塞 / separator screen clogged", "浆水泵不出水 / slurry pump delivers nothing",
            "搅拌池电机过热 / agitator motor overheats", "清洗水循环不畅 / wash water does not circulate",
        ],
    };

    public static readonly IReadOnlyDictionary<ProductLine, string[]> Parts = new Dictionary<ProductLine, string[]>
    {
        [ProductLine.TruckMixer] = ["pump seal kit", "drum roller", "hydraulic hose", "gearbox oil seal"],
        [ProductLine.BatchingPlant] = ["load cell", "mixer liner plate", "screw conveyor bearing", "PLC relay module"],
        [ProductLine.RecyclingPlant] = ["separator screen", "slurry pump impeller", "agitator motor bearing"],
    };

    public static readonly string[] ContactNotes =
        ["called the site foreman", "called the driver", "called the plant manager", "电话联系了用户 / phoned the customer"];

    public static readonly string[] RootCauses =
        ["worn seal", "loose connector", "operator error", "clogged filter", "bearing failure", "wrong parameter setting", "supplier part defect"];

    public static readonly string[] QualityNotes =
        ["seal batch wears early", "connector crimping weak", "paint peels at the chute", "bearing grease insufficient"];

    public static readonly string[] EscalationReasons =
        ["PLC program fault beyond site repair", "recurring hydraulic failure, needs design review", "structural crack found"];

    public static readonly string[] Signers = ["现场负责人", "设备主管", "司机", "站长"];
}
