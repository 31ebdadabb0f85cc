package nl.schoolverzuim.engine;

import java.util.List;
import java.util.Map;

/**
 * A deploy-time check of files that are no models but deploy and version with them (the letter templates in
 * {@code brieven/}). Spring beans of this type are asked by {@link ModelControleDeployer} about every new deployment,
 * with all its files by name; a finding refuses the whole deployment, so running werkprocessen keep the previous one.
 */
public interface BestandsControle {

    List<Bevinding> controleer(Map<String, byte[]> bestanden);
}
