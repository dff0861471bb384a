/**
 * Loading a network model file by reference. Apart from loadInputs.ts so that `simulate` loads
 * neither the scenario schema nor the scenario modules.
 */
import type { NetworkModel } from '../../engine/models/network/networkSchema.js';
import { validateNetworkModel } from '../../engine/models/network/validateNetworkModel.js';
import { parseJsonText } from '../load/parseJsonText.js';
import { displayUri, fileResolver, type ScenarioResolver } from '../load/resolver.js';

export async function loadNetworkModel(
  ref: string,
  resolver: ScenarioResolver = fileResolver(),
): Promise<NetworkModel> {
  const source = await resolver.read(ref, undefined, ref);
  return validateNetworkModel(parseJsonText(source.text, displayUri(source.uri)));
}
