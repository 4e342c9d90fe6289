/** Common first names (folded): a capitalized run starting with one of these is a person. */
export const FIRST_NAMES = new Set((
  "michael elon recep donald joe john james robert william david richard thomas charles christopher daniel matthew " +
  "anthony mark paul steven andrew kenneth joshua kevin brian george timothy ronald edward jason jeffrey ryan jacob " +
  "gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel frank gregory raymond alexander " +
  "patrick jack dennis jerry tyler aaron jose adam henry nathan douglas zachary peter kyle walter ethan jeremy harold " +
  "keith christian roger noah gerald carl terry sean austin arthur lawrence jesse dylan bryan joe jordan billy bruce " +
  "albert willie gabriel logan alan juan wayne roy ralph randy eugene vincent russell elijah louis bobby philip johnny " +
  "mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra ashley " +
  "kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen " +
  "amy shirley angela helen anna brenda pamela nicole emma samantha katherine christine debra rachel catherine " +
  "olaf angela friedrich wolfgang klaus hans jürgen jurgen günter gunter dieter manfred uwe horst helmut werner " +
  "andreas stefan markus martin frank jörg jorg ralf sven thorsten torsten matthias christoph sebastian tobias florian " +
  "ursula ulrich kurt erwin heinz karl rainer bernd herbert gerhard walter lars jens nils ole oliver " +
  "emmanuel jean pierre françois francois nicolas bruno alain bernard philippe marie sophie isabelle " +
  // French and francophone African first names, hyphenated ones whole
  "alexandre antoine julien guillaume mathieu matthieu benoit benoît fabrice frederic frédéric etienne étienne gilles " +
  "hugues luc marc maurice pascal raphael raphaël remi rémi serge xavier yann yannick cedric cédric damien denis " +
  "dominique franck gael gaël jerome jérôme lionel ludovic marcel henri andre andré georges rene rené " +
  "jean-claude jean-marc jean-louis jean-paul jean-pierre jean-yves jean-luc jean-michel jean-francois jean-françois " +
  "jean-baptiste jean-charles jean-jacques jean-marie pierre-andre pierre-andré marie-claire anne-marie " +
  "valerie valérie nathalie sylvie veronique véronique anne helene hélène agnes agnès caroline claire " +
  "delphine laurence cecile cécile mamadou moussa amadou ousmane ibrahima abdoulaye alassane macky seydou boubacar " +
  "souleymane adama koffi kouassi kouadio fatou aminata aissata aïssata idriss youssef rachid aziz abdelaziz " +
  "abdellatif abdelkader mohammed moulay driss hamid larbi tahar " +
  "carlos luis luiz jorge miguel pedro antonio manuel javier francisco fernando ricardo alejandro andres andrés " +
  "mario giuseppe giovanni marco luca matteo adolfo sergio giorgia silvio enrico paolo roberto stefano alessandro rosario " +
  "mohammed muhammad mohamed ahmed ahmad ali hassan hussein abdul abdel abdullah omar khalid walid tereso " +
  "xi li wang zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin luo zheng " +
  "narendra rahul amit raj sanjay vijay imran shehbaz nawaz haroon arif suresh azzat nik ikram datuk " +
  "vladimir dmitri dmitry sergei sergey igor alexei viktor volodymyr " +
  "keir rishi boris theresa tony gordon shilpan santiago máximo maximo alejandro daniela gonzalo tom christian " +
  "jeff bill warren tim satya sundar mukesh gautam ratan masayoshi akio kim lee park moon yoon " +
  "cagla caglayan çağlayan mario eugenie david ursula emmanuel giorgia pedro " +
  "mauricio israel alfonso javier miguel manuel jorge rafael sergio pablo andres ricardo enrique eduardo ramon francisco joaquin ignacio alberto diego jaime marta lucia isabel elena carmen pilar teresa cristina joao paulo marcelo gustavo rodrigo luiz fabio renato andre tiago thiago helder vitor massimo giuseppe marco luca matteo alessandro lorenzo andrea francesco stefano roberto giovanni paolo claudio fabrizio enrico riccardo federico giancarlo gianni silvio adolfo ignazio jean pierre francois michel philippe jacques olivier nicolas thierry didier patrice alain gerard christophe sebastien bernard yves herve laurent arnaud pieter willem hendrik henk kees johan wim joost maarten sander ruud tomasz mateusz andrzej piotr krzysztof pawel marcin jacek jaroslaw grzegorz rafal michal wojciech zbigniew janusz leszek waldemar mariusz katarzyna agnieszka malgorzata magdalena beata " +
  // more Italian first names (none a firm's name of its own: "Leonardo", "Vittoria", "Italo", "Franco" are left out)
  "patrizio vittorio carlo sandro gianluca gianfranco pietro luigi maurizio giorgio piero davide emanuele " +
  "federica francesca chiara simone daniele gabriele michele salvatore vincenzo domenico raffaele aldo renzo " +
  "guido giacomo tommaso filippo edoardo alessio marcello ferruccio pierluigi giampiero gianpiero flavio cesare dario " +
  "mauro luciano silvia paola giulia valentina alessandra patrizia raffaella ornella donatella gianmarco carlalberto " +
  // common first names of the other languages' news, from general knowledge (none a firm's or place's name of its own:
  // "Mercedes", "Victoria", "Cengiz", "Yıldız", "Doğan", "Jan", "Milan", "Sidi", "Khalifa" are left out, and so is
  // "Aliko", whose Dangote is also his group's name)
  "julio alfredo ivan amancio guillermo felipe hector oscar raul ruben adrian victor emilio gerardo arturo armando " +
  "cesar claudia gloria veronica adriana beatriz raquel sonia susana rocio lorena monica natalia paula roberta " +
  "lucas mateus gabriela fernanda juliana leticia joaquim sebastiao francisca antonia " +
  "kemal kerim ugur emine hulya orhan erdal erol engin tuncay volkan kaan baris onur sinan tolga serdar ercan " +
  "mikolaj tadeusz henryk ryszard stanislaw jerzy zygmunt dariusz slawomir artur lukasz kamil bartosz damian " +
  "przemyslaw ewa joanna dorota iwona renata jolanta elzbieta krystyna halina " +
  "jaroslav petr pavel jiri vaclav zdenek miroslav ladislav " +
  "bassirou girma abiy cyril uhuru muhammadu bola yoweri emmerson hage akinwumi femi olusegun ngozi kwame " +
  "barun shekhar anil ajay vikram ravi arun deepak manoj pradeep rajesh sunil ashok piyush nitin nandan " +
  "adnan mansour tariq faisal saeed majid nasser yousef " +
  "ahmet mehmet mustafa murat emre burak hakan cem ozan serkan arzu ayse fatma zeynep elif ismail ibrahim mahmut fatih hasan huseyin yusuf omer osman selim levent nihat berat"
).split(" "));
