// Writes the distributional word clusters a serialized CoreNLP CRF model carries
// (NERFeatureFactory's lexicon) as word<TAB>cluster lines. Run by train-spanish.sh:
//   jshell -R-Dmodel=<model.crf.ser.gz> -R-Dout=<clusters.tsv> --class-path <corenlp jars> distsim-from-model.jsh
import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ie.crf.CRFClassifier;
var classifier = CRFClassifier.getClassifier(System.getProperty("model"));
var factories = AbstractSequenceClassifier.class.getDeclaredField("featureFactories");
factories.setAccessible(true);
var factory = ((java.util.List<?>) factories.get(classifier)).get(0);
var lexiconField = factory.getClass().getDeclaredField("lexicon");
lexiconField.setAccessible(true);
var lexicon = (java.util.Map<?, ?>) lexiconField.get(factory);
try (var out = new java.io.PrintWriter(System.getProperty("out"), "UTF-8")) {
  for (var e : lexicon.entrySet()) out.println(e.getKey() + "\t" + e.getValue());
}
System.out.println("clusters: " + lexicon.size() + " words");
/exit
