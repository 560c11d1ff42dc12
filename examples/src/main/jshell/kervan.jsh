// Kervan in JShell: load the default network, route, compare, and price the trade effect.
// Run with the README's JShell command; every line here is also run by a test.
import java.time.Duration;
import org.kervan.quantity.*;
import org.kervan.data.*;
import org.kervan.network.*;
import org.kervan.routing.*;
import org.kervan.elasticity.*;
import org.kervan.trade.*;
import org.kervan.report.*;

// region readme-default-network
Network net = DefaultNetwork.load();
Router router = AStarRouter.of(net);
Corridor suez = router.route(RouteRequest.of("INNSA", "GRPIR")
    .avoidingModes(Mode.RAIL, Mode.ROAD, Mode.FERRY)).orElseThrow();
Corridor cape = router.route(RouteRequest.of("INNSA", "GRPIR")
    .avoidingModes(Mode.RAIL, Mode.ROAD, Mode.FERRY).avoidingChokepoints("CP_SUEZ")).orElseThrow();
// IMEC's Arabian rail is not built yet: only the PLANNED scenario has it.
Corridor imec = NamedCorridor.IMEC_AS_PLANNED.corridor(DefaultNetwork.load(DefaultNetwork.Scenario.PLANNED));
System.out.print(CorridorTable.of().with("Suez", suez).with("Cape", cape).with("IMEC as planned", imec).toText());
// The same change of corridor under every published elasticity, each on the days it is about.
System.out.print(ElasticityComparison.ofPresets(CorridorDays.of(suez), CorridorDays.of(imec), Presets.TIME_PRESETS));
// India-EU trade observed under Suez (Red Sea open), evaluated under the Cape and IMEC.
Counterfactual trade = Counterfactual.observed(134.1e9, suez);
System.out.println(trade.gain(cape, imec, Presets.HUMMELS_SCHAUR_2013));
// endregion
System.out.println(net);
System.out.println(trade.costChange(imec, Commodities.MANUFACTURES));

// The seed article's claim (no findable source): "10% less transit time, 20% more trade".
ConstantElasticity claim = Calibration.constant(Claim.of(-0.10, 0.20, suez.totalDays(), "seed article, unsourced"));
System.out.printf(java.util.Locale.ROOT, "calibrated epsilon = %.4f%n", claim.epsilon());
