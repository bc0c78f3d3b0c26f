<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>Camera</name>
    <message>
        <source>Ask staff</source>
        <translation>Falar com a equipe</translation>
    </message>
    <message>
        <source>Checking. Please stay still.</source>
        <translation>Verificando. Fique parado, por favor.</translation>
    </message>
    <message>
        <source>Hold the card still, please.</source>
        <translation>Segure o cartão parado, por favor.</translation>
    </message>
    <message>
        <source>Hold the front of your card up to the camera above the screen, about a hand&apos;s width away, and keep it still.</source>
        <translation>Mostre a frente do cartão à câmera acima da tela, a um palmo de distância, sem mexer.</translation>
    </message>
    <message>
        <source>Hold the front of your card up to the camera.</source>
        <translation>Mostre a frente do cartão à câmera.</translation>
    </message>
    <message>
        <source>Leave your card on the reader with the photo side up, under the camera, and keep it still.</source>
        <translation>Deixe o cartão no leitor, embaixo da câmera, com o lado da foto para cima, e não o mexa.</translation>
    </message>
    <message>
        <source>No picture is kept, and nothing of your face is sent.</source>
        <translation>Nenhuma imagem é guardada e nada do seu rosto é enviado.</translation>
    </message>
    <message>
        <source>Now put your card back on the reader.</source>
        <translation>Agora coloque o cartão de volta no leitor.</translation>
    </message>
    <message>
        <source>One person at a time, please.</source>
        <translation>Uma pessoa por vez, por favor.</translation>
    </message>
    <message>
        <source>Please come a little closer.</source>
        <translation>Chegue um pouco mais perto, por favor.</translation>
    </message>
    <message>
        <source>Please look at the camera</source>
        <translation>Olhe para a câmera</translation>
    </message>
    <message>
        <source>Please look at the camera.</source>
        <translation>Olhe para a câmera, por favor.</translation>
    </message>
    <message>
        <source>Show the front of your card to the camera</source>
        <translation>Mostre a frente do cartão para a câmera</translation>
    </message>
    <message>
        <source>Show the front of your card to the camera, photo side up.</source>
        <translation>Mostre a frente do cartão para a câmera, com a foto para cima.</translation>
    </message>
    <message>
        <source>The camera reads only the birth date, the expiry year and the security code. No picture is kept.</source>
        <translation>A câmera lê apenas a data de nascimento, o ano de validade e o código de segurança. Nenhuma imagem é guardada.</translation>
    </message>
    <message>
        <source>Type the numbers</source>
        <translation>Digitar os números</translation>
    </message>
    <message>
        <source>Use my PIN instead</source>
        <translation>Usar a minha senha</translation>
    </message>
    <message>
        <source>Your face is compared with the photo on your card. Take off a mask or sunglasses if you can.</source>
        <translation>Seu rosto é comparado com a foto do cartão. Se puder, tire a máscara ou os óculos escuros.</translation>
    </message>
</context>
<context>
    <name>Checkout</name>
    <message>
        <source>Are you leaving the shelter now?</source>
        <translation>Você vai sair do abrigo agora?</translation>
    </message>
    <message>
        <source>No, I am still staying</source>
        <translation>Não, vou continuar aqui</translation>
    </message>
    <message>
        <source>Yes, I am leaving (check out)</source>
        <translation>Sim, vou sair (saída)</translation>
    </message>
    <message>
        <source>You are checked in at this shelter. If you check out, the time you leave is recorded.</source>
        <translation>Você está registrado(a) neste abrigo. Se registrar a saída, a hora em que você sai fica registrada.</translation>
    </message>
    <message>
        <source>{name}, are you leaving this shelter?</source>
        <translation>{name}, você vai sair deste abrigo?</translation>
    </message>
</context>
<context>
    <name>CodeB</name>
    <message>
        <source>1 Birth date (YY MM DD)</source>
        <translation>1 Nascimento (AA MM DD)</translation>
    </message>
    <message>
        <source>2 Card valid until (year)</source>
        <translation>2 Validade do cartão (ano)</translation>
    </message>
    <message>
        <source>3 Security code (under the photo)</source>
        <translation>3 Código de segurança (abaixo da foto)</translation>
    </message>
    <message>
        <source>Heisei 平成</source>
        <translation>Heisei 平成</translation>
    </message>
    <message>
        <source>Reiwa 令和</source>
        <translation>Reiwa 令和</translation>
    </message>
    <message>
        <source>Showa 昭和</source>
        <translation>Showa 昭和</translation>
    </message>
    <message>
        <source>Taisho 大正</source>
        <translation>Taisho 大正</translation>
    </message>
    <message>
        <source>The camera read these numbers. Please check them with your card, then press OK.</source>
        <translation>A câmera leu estes números. Confira-os com o seu cartão e depois toque em OK.</translation>
    </message>
    <message>
        <source>Type the numbers printed on your card</source>
        <translation>Digite os números impressos no seu cartão</translation>
    </message>
    <message>
        <source>Western year</source>
        <translation>Ano ocidental</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>10 or 11 digits, starting with 0. To leave none, press Clear.</source>
        <translation>10 ou 11 dígitos, começando com 0. Para não informar, toque em Limpar.</translation>
    </message>
    <message>
        <source>Add a phone number (optional)</source>
        <translation>Adicionar telefone (opcional)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Nascimento</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Está certo</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Feminino</translation>
    </message>
    <message>
        <source>Is this you?</source>
        <translation>Estes dados são seus?</translation>
    </message>
    <message>
        <source>Japanese era</source>
        <translation>era japonesa</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <source>Message to staff (optional)</source>
        <translation>Recado para a equipe (opcional)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Não se aplica</translation>
    </message>
    <message>
        <source>Not correct: call staff</source>
        <translation>Não está certo: chamar a equipe</translation>
    </message>
    <message>
        <source>Phone number (optional)</source>
        <translation>Telefone (opcional)</translation>
    </message>
    <message>
        <source>Phone: {number}</source>
        <translation>Telefone: {number}</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Show as {calendar}</source>
        <translation>Mostrar em {calendar}</translation>
    </message>
    <message>
        <source>Tell staff (optional, touch all that apply):</source>
        <translation>Avise a equipe (opcional, toque em tudo o que se aplica):</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>Western year</source>
        <translation>ano ocidental</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>Agree</source>
        <translation>Concordo</translation>
    </message>
    <message>
        <source>Camera: after your PIN, it compares your face with the photo on your card. No picture is kept, and nothing of your face is sent.</source>
        <translation>Câmera: depois da senha, ela compara seu rosto com a foto do cartão. Nenhuma imagem é guardada e nada do seu rosto é enviado.</translation>
    </message>
    <message>
        <source>Camera: it reads the numbers printed on the front of your card, so you need no PIN. No picture is kept.</source>
        <translation>Câmera: ela lê os números impressos na frente do cartão, então você não precisa da senha. Nenhuma imagem é guardada.</translation>
    </message>
    <message>
        <source>Camera: it reads the numbers printed on your card and compares your face with the photo on the card, so you need no PIN. No picture is kept, and nothing of your face is sent.</source>
        <translation>Câmera: lê os números do cartão e compara seu rosto com a foto, sem senha. Nenhuma imagem é guardada; nada do rosto é enviado.</translation>
    </message>
    <message>
        <source>Consent text version {version}</source>
        <translation>Versão do texto de consentimento {version}</translation>
    </message>
    <message>
        <source>May we read your card?</source>
        <translation>Podemos ler o seu cartão?</translation>
    </message>
    <message>
        <source>Nothing else is read from your licence. Your PIN is not saved.</source>
        <translation>Nada mais é lido da sua carteira de motorista. Sua senha não é guardada.</translation>
    </message>
    <message>
        <source>We do not read your My Number (12 digits). Your PIN is not saved.</source>
        <translation>Não lemos o seu número My Number (12 dígitos). Sua senha não é guardada.</translation>
    </message>
    <message>
        <source>We will read: your name, address and birth date.</source>
        <translation>Vamos ler: seu nome, endereço e data de nascimento.</translation>
    </message>
    <message>
        <source>We will read: your name, address, birth date and sex.</source>
        <translation>Vamos ler: seu nome, endereço, data de nascimento e sexo.</translation>
    </message>
    <message>
        <source>Why: so the city knows you are safe in this shelter and can bring help and supplies.</source>
        <translation>Por quê: para a prefeitura saber que você está seguro neste abrigo e levar ajuda e suprimentos.</translation>
    </message>
    <message>
        <source>Why: to find your check-in at this shelter and record the time you leave, so the city knows you are no longer here.</source>
        <translation>Por quê: para encontrar o seu registro neste abrigo e registrar a hora da sua saída, para a prefeitura saber que você não está mais aqui.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>A card the kiosk does not read</source>
        <translation>Um cartão que o quiosque não lê</translation>
    </message>
    <message>
        <source>DEMO: for practice only. Sample cards; nothing here is a real check-in.</source>
        <translation>DEMO: apenas para treino. Cartões de exemplo; nada aqui é um registro real.</translation>
    </message>
    <message>
        <source>Demo cards</source>
        <translation>Cartões de demonstração</translation>
    </message>
    <message>
        <source>Driver&apos;s licence — Yamada Taro</source>
        <translation>Carteira de motorista — Yamada Taro</translation>
    </message>
    <message>
        <source>Driver&apos;s licence, rare kanji — Takasaki Jun</source>
        <translation>Carteira de motorista, kanji raro — Takasaki Jun</translation>
    </message>
    <message>
        <source>Face check: card 1&apos;s photo is taken from the face camera&apos;s first picture of a face. It is kept in memory only and forgotten when the demo ends.</source>
        <translation>Verificação facial: a foto do cartão 1 é tirada da primeira imagem de um rosto da câmera facial. Ela fica só na memória e é apagada quando a demonstração termina.</translation>
    </message>
    <message>
        <source>Face check: needs a face camera in the settings; without one it cannot be done.</source>
        <translation>Verificação facial: requer uma câmera facial nas configurações; sem ela, não pode ser feita.</translation>
    </message>
    <message>
        <source>Locked My Number card — Tanaka Jiro</source>
        <translation>Cartão My Number bloqueado — Tanaka Jiro</translation>
    </message>
    <message>
        <source>My Number card with one try left — Suzuki Ichiro</source>
        <translation>Cartão My Number com uma tentativa restante — Suzuki Ichiro</translation>
    </message>
    <message>
        <source>My Number card — Kokuto Mikiya</source>
        <translation>Cartão My Number — Kokuto Mikiya</translation>
    </message>
    <message>
        <source>My Number card, long address — Hasegawa Chiyoko</source>
        <translation>Cartão My Number, endereço longo — Hasegawa Chiyoko</translation>
    </message>
    <message>
        <source>My Number card, one-part name — AYANA</source>
        <translation>Cartão My Number, nome de uma parte — AYANA</translation>
    </message>
    <message>
        <source>Take the card away</source>
        <translation>Retirar o cartão</translation>
    </message>
</context>
<context>
    <name>Done</name>
    <message>
        <source>Please go to the reception desk. Staff will show you where to stay and where to find water, food and blankets.</source>
        <translation>Vá até a recepção. A equipe vai mostrar onde você vai ficar e onde pegar água, comida e cobertores.</translation>
    </message>
    <message>
        <source>Please take your card. Thank you.</source>
        <translation>Pegue o seu cartão. Obrigado.</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>O que fazer agora</translation>
    </message>
    <message>
        <source>You are checked in</source>
        <translation>Entrada registrada</translation>
    </message>
    <message>
        <source>You are checked out</source>
        <translation>Saída registrada</translation>
    </message>
</context>
<context>
    <name>Era</name>
    <message>
        <source>Choose the one that looks like your card.</source>
        <translation>Escolha o que se parece com o seu cartão.</translation>
    </message>
    <message>
        <source>How is the birth date written on your card?</source>
        <translation>Como a data de nascimento está escrita no seu cartão?</translation>
    </message>
    <message>
        <source>Japanese era: {date}</source>
        <translation>Era japonesa: {date}</translation>
    </message>
    <message>
        <source>Western: {date}</source>
        <translation>Calendário ocidental: {date}</translation>
    </message>
</context>
<context>
    <name>Idle</name>
    <message>
        <source>Check in (arrive)</source>
        <translation>Entrada (chegar)</translation>
    </message>
    <message>
        <source>Check in: please place your card on the reader</source>
        <translation>Entrada: coloque o seu cartão no leitor</translation>
    </message>
    <message>
        <source>Check out (leave)</source>
        <translation>Saída (sair)</translation>
    </message>
    <message>
        <source>Check out: please place your card on the reader</source>
        <translation>Saída: coloque o seu cartão no leitor</translation>
    </message>
    <message>
        <source>Evacuation shelter</source>
        <translation>Abrigo</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Letras maiores</translation>
    </message>
    <message>
        <source>My Number card or driver&apos;s licence. Leave it there.</source>
        <translation>Cartão My Number ou carteira de motorista. Deixe-o ali.</translation>
    </message>
    <message>
        <source>No card?</source>
        <translation>Não tem cartão?</translation>
    </message>
    <message>
        <source>No card? Register with your phone</source>
        <translation>Sem cartão? Cadastre-se pelo celular</translation>
    </message>
    <message>
        <source>Please place your card on the reader</source>
        <translation>Coloque o seu cartão no leitor</translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <source>Space</source>
        <translation>Espaço</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Apagar</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>Lan</name>
    <message>
        <source>Back to the staff menu</source>
        <translation>Voltar ao menu da equipe</translation>
    </message>
    <message>
        <source>New shelter code</source>
        <translation>Novo código do abrigo</translation>
    </message>
    <message>
        <source>No other terminal found yet.</source>
        <translation>Nenhum outro terminal encontrado ainda.</translation>
    </message>
    <message>
        <source>Not paired. On the first terminal choose a new shelter code; type it on the others.</source>
        <translation>Não pareado. No primeiro terminal escolha um novo código do abrigo; digite-o nos outros.</translation>
    </message>
    <message>
        <source>Pair with this code</source>
        <translation>Parear com este código</translation>
    </message>
    <message>
        <source>Pairing failed. Try again.</source>
        <translation>O pareamento falhou. Tente de novo.</translation>
    </message>
    <message>
        <source>Pairing...</source>
        <translation>Pareando…</translation>
    </message>
    <message>
        <source>Phone page certificate: {fingerprint}</source>
        <translation>Certificado da página do celular: {fingerprint}</translation>
    </message>
    <message>
        <source>Set the shelter id first.</source>
        <translation>Defina primeiro o ID do abrigo.</translation>
    </message>
    <message>
        <source>Shelter LAN and phones</source>
        <translation>Rede do abrigo e celulares</translation>
    </message>
    <message>
        <source>Shelter LAN and phones</source>
        <comment>plain settings button</comment>
        <translation>Rede do abrigo e celulares</translation>
    </message>
    <message>
        <source>Shelter code</source>
        <translation>Código do abrigo</translation>
    </message>
    <message>
        <source>Switch the shelter LAN on in the settings first.</source>
        <translation>Ative primeiro a rede do abrigo nas configurações.</translation>
    </message>
    <message>
        <source>That is not a shelter code: 12 letters and digits, as shown.</source>
        <translation>Isso não é um código do abrigo: 12 letras e números, como mostrado.</translation>
    </message>
    <message>
        <source>The phone registration could not start. Restart the terminal; if it happens again, call IT.</source>
        <translation>O cadastro pelo celular não pôde iniciar. Reinicie o terminal; se acontecer de novo, chame a equipe de TI.</translation>
    </message>
    <message>
        <source>The phone registration could not start: its port is in use. Change it in the settings.</source>
        <translation>O cadastro pelo celular não pôde iniciar: a porta está em uso. Altere nas configurações.</translation>
    </message>
    <message>
        <source>The phone registration could not start: the listen address in the settings file is not this terminal&apos;s. Ask IT to correct it.</source>
        <translation>O cadastro pelo celular não pôde iniciar: o endereço de escuta no arquivo de configurações não é deste terminal. Peça à equipe de TI para corrigi-lo.</translation>
    </message>
    <message>
        <source>The phone registration is off.</source>
        <translation>O cadastro pelo celular está desligado.</translation>
    </message>
    <message>
        <source>The shelter LAN could not start. Restart the terminal; if it happens again, call IT.</source>
        <translation>A rede do abrigo não pôde iniciar. Reinicie o terminal; se acontecer de novo, chame a equipe de TI.</translation>
    </message>
    <message>
        <source>The shelter LAN could not start: its port is in use. Change it in the settings.</source>
        <translation>A rede do abrigo não pôde iniciar: a porta está em uso. Altere nas configurações.</translation>
    </message>
    <message>
        <source>The shelter LAN could not start: the listen address in the settings file is not this terminal&apos;s. Ask IT to correct it.</source>
        <translation>A rede do abrigo não pôde iniciar: o endereço de escuta no arquivo de configurações não é deste terminal. Peça à equipe de TI para corrigi-lo.</translation>
    </message>
    <message>
        <source>The shelter LAN is off (settings: [lan] enabled).</source>
        <translation>A rede do abrigo está desligada (configuração: [lan] enabled).</translation>
    </message>
    <message>
        <source>This terminal is paired.</source>
        <translation>Este terminal está pareado.</translation>
    </message>
    <message>
        <source>Unpair</source>
        <translation>Desfazer pareamento</translation>
    </message>
    <message>
        <source>an error on that terminal</source>
        <translation>erro naquele terminal</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>conectado</translation>
    </message>
    <message>
        <source>does not answer in time</source>
        <translation>não responde a tempo</translation>
    </message>
    <message>
        <source>its answer was not authentic</source>
        <translation>a resposta não é autêntica</translation>
    </message>
    <message>
        <source>its clock differs by {seconds} seconds: set the clocks</source>
        <translation>o relógio difere {seconds} segundos: acerte os relógios</translation>
    </message>
    <message>
        <source>not reachable on the network</source>
        <translation>não alcançável na rede</translation>
    </message>
    <message>
        <source>paired with another code: pair it again</source>
        <translation>pareado com outro código: pareie de novo</translation>
    </message>
    <message>
        <source>problem: {code}</source>
        <translation>problema: {code}</translation>
    </message>
    <message>
        <source>records waiting for it: {count}</source>
        <translation>registros aguardando: {count}</translation>
    </message>
    <message>
        <source>waiting for it</source>
        <translation>aguardando</translation>
    </message>
</context>
<context>
    <name>Method</name>
    <message>
        <source>How do you want to open your card?</source>
        <translation>Como você quer abrir o seu cartão?</translation>
    </message>
    <message>
        <source>With my 4-digit PIN</source>
        <translation>Com a minha senha de 4 dígitos</translation>
    </message>
    <message>
        <source>Without PIN and without typing: show the front of the card to the camera</source>
        <translation>Sem senha e sem digitar: mostre a frente do cartão para a câmera</translation>
    </message>
    <message>
        <source>Without PIN: with my birth date, the card&apos;s expiry year and the security code printed on the card</source>
        <translation>Sem senha: com a data de nascimento, o ano de validade e o código de segurança impresso no cartão</translation>
    </message>
</context>
<context>
    <name>MoreTime</name>
    <message>
        <source>Do you need more time?</source>
        <translation>Precisa de mais tempo?</translation>
    </message>
    <message numerus="yes">
        <source>If nobody touches the screen, everything is cleared in %n seconds.</source>
        <translation>
            <numerusform>Se ninguém tocar na tela, tudo será apagado em %n segundo.</numerusform>
            <numerusform>Se ninguém tocar na tela, tudo será apagado em %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>No, finish</source>
        <translation>Não, terminar</translation>
    </message>
    <message>
        <source>Yes, more time</source>
        <translation>Sim, mais tempo</translation>
    </message>
</context>
<context>
    <name>NoCard</name>
    <message>
        <source>No card? Please go to the staff desk</source>
        <translation>Não tem cartão? Vá até a mesa da equipe</translation>
    </message>
    <message>
        <source>Staff will register you there. You do not need a card. If you cannot walk there, ask anyone nearby to call staff.</source>
        <translation>A equipe vai registrar você lá. Não precisa de cartão. Se não puder andar até lá, peça a alguém por perto para chamar a equipe.</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Check in instead</source>
        <translation>Dar entrada em vez disso</translation>
    </message>
    <message>
        <source>Look at the camera again</source>
        <translation>Olhar para a câmera de novo</translation>
    </message>
    <message>
        <source>Not sure? Ask staff</source>
        <translation>Não tem certeza? Fale com a equipe</translation>
    </message>
    <message>
        <source>Nothing was changed. Please take your card.</source>
        <translation>Nada foi alterado. Pegue o seu cartão.</translation>
    </message>
    <message>
        <source>Nothing was read from your card. Please go to the staff desk.</source>
        <translation>Nada foi lido do seu cartão. Vá até a mesa da equipe.</translation>
    </message>
    <message>
        <source>Nothing was recorded, and your card is safe. Look at the camera and try again, or use your PIN, or ask staff.</source>
        <translation>Nada foi registrado e o seu cartão está seguro. Olhe para a câmera e tente de novo, use a sua senha ou fale com a equipe.</translation>
    </message>
    <message>
        <source>Nothing was recorded, and your card is safe. Please use your PIN, or ask staff.</source>
        <translation>Nada foi registrado e o seu cartão está seguro. Use a sua senha ou fale com a equipe.</translation>
    </message>
    <message>
        <source>Nothing was recorded. If you are not sure of the number, do not guess: choose another way below.</source>
        <translation>Nada foi registrado. Se você não tem certeza do número, não tente adivinhar: escolha outra opção abaixo.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Please go to the staff desk. Staff will help you.</source>
        <translation>Nada foi registrado. Vá até a mesa da equipe. A equipe vai ajudar você.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Please take your card and go to the staff desk. Staff will register you.</source>
        <translation>Nada foi registrado. Pegue o seu cartão e vá até a mesa da equipe. A equipe vai registrar você.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Please take your card, then place it on the reader again.</source>
        <translation>Nada foi registrado. Retire o cartão e coloque-o no leitor de novo.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Staff will check your details with you.</source>
        <translation>Nada foi registrado. A equipe vai conferir os seus dados com você.</translation>
    </message>
    <message>
        <source>Nothing was recorded. To start again, place your card on the reader.</source>
        <translation>Nada foi registrado. Para começar de novo, coloque o cartão no leitor.</translation>
    </message>
    <message>
        <source>Nothing was sent to your card, and your card is safe. Please use your PIN or type the numbers printed on your card.</source>
        <translation>Nada foi enviado ao seu cartão e ele está seguro. Use a sua senha ou digite os números impressos no cartão.</translation>
    </message>
    <message>
        <source>Nothing was tried and nothing was recorded: your card is safe. Staff can register you without the PIN.</source>
        <translation>Nenhuma tentativa foi feita e nada foi registrado: seu cartão está seguro. A equipe pode registrar você sem a senha.</translation>
    </message>
    <message>
        <source>Nothing was tried, and your card is safe. Please take your card and go to the staff desk.</source>
        <translation>Nada foi tentado e o seu cartão está seguro. Pegue o cartão e vá até a mesa da equipe.</translation>
    </message>
    <message>
        <source>Only one try is left</source>
        <translation>Resta só uma tentativa</translation>
    </message>
    <message>
        <source>Please check the birth date and the expiry year printed on your card, then type them again.</source>
        <translation>Confira a data de nascimento e o ano de validade impressos no cartão e digite de novo.</translation>
    </message>
    <message>
        <source>Please go to the staff desk</source>
        <translation>Vá até a mesa da equipe</translation>
    </message>
    <message>
        <source>Please show your own face, not a photo</source>
        <translation>Mostre o seu próprio rosto, não uma foto</translation>
    </message>
    <message>
        <source>Please tell the staff. Staff will register you.</source>
        <translation>Avise a equipe. A equipe vai registrar você.</translation>
    </message>
    <message>
        <source>Please use a My Number card or a driver&apos;s licence. If you have neither, the staff desk will register you.</source>
        <translation>Use um cartão My Number ou a carteira de motorista. Se não tiver nenhum dos dois, a mesa da equipe vai registrar você.</translation>
    </message>
    <message>
        <source>Staff are at the desk near the entrance.</source>
        <translation>A equipe está na mesa perto da entrada.</translation>
    </message>
    <message>
        <source>The camera could not see your face</source>
        <translation>A câmera não conseguiu ver o seu rosto</translation>
    </message>
    <message>
        <source>The camera is not working</source>
        <translation>A câmera não está funcionando</translation>
    </message>
    <message>
        <source>The camera saw a photo or a card instead of a face. Nothing was recorded. Please use your PIN, or ask staff.</source>
        <translation>A câmera viu uma foto ou um cartão em vez de um rosto. Nada foi registrado. Use a sua senha ou fale com a equipe.</translation>
    </message>
    <message>
        <source>The card could not be read</source>
        <translation>Não foi possível ler o cartão</translation>
    </message>
    <message>
        <source>The card did not answer</source>
        <translation>O cartão não respondeu</translation>
    </message>
    <message>
        <source>The card reader is not working</source>
        <translation>O leitor de cartão não está funcionando</translation>
    </message>
    <message>
        <source>The card was taken away</source>
        <translation>O cartão foi retirado</translation>
    </message>
    <message>
        <source>The face check cannot be done now</source>
        <translation>A verificação do rosto não pode ser feita agora</translation>
    </message>
    <message>
        <source>The number was not correct</source>
        <translation>O número não está correto</translation>
    </message>
    <message>
        <source>There is nothing to check out. To check in, press Check in and place your card.</source>
        <translation>Não há saída a registrar. Para dar entrada, toque em Entrada e coloque o cartão.</translation>
    </message>
    <message>
        <source>This card cannot be checked here</source>
        <translation>Este cartão não pode ser verificado aqui</translation>
    </message>
    <message>
        <source>This card cannot be read here</source>
        <translation>Este cartão não pode ser lido aqui</translation>
    </message>
    <message>
        <source>This card is locked</source>
        <translation>Este cartão está bloqueado</translation>
    </message>
    <message>
        <source>This date does not exist</source>
        <translation>Esta data não existe</translation>
    </message>
    <message>
        <source>This kiosk is not ready yet</source>
        <translation>Este terminal ainda não está pronto</translation>
    </message>
    <message>
        <source>This kiosk takes no registrations now. Please go to the staff desk.</source>
        <translation>Este terminal não aceita registros agora. Vá até a mesa da equipe.</translation>
    </message>
    <message>
        <source>This shelter is closed</source>
        <translation>Este abrigo está fechado</translation>
    </message>
    <message>
        <source>To protect your card from locking, this kiosk will not try again. Please take your card and go to the staff desk.</source>
        <translation>Para o seu cartão não ser bloqueado, este terminal não vai tentar de novo. Pegue o seu cartão e vá até a mesa da equipe.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <source>Use my PIN instead</source>
        <translation>Usar a minha senha</translation>
    </message>
    <message>
        <source>Use the camera instead</source>
        <translation>Usar a câmera</translation>
    </message>
    <message>
        <source>Use the numbers printed on the card instead</source>
        <translation>Usar os números impressos no cartão</translation>
    </message>
    <message>
        <source>You are not checked in at this shelter</source>
        <translation>Você não está registrado(a) neste abrigo</translation>
    </message>
    <message>
        <source>You are still registered here</source>
        <translation>Você continua registrado(a) aqui</translation>
    </message>
    <message>
        <source>Your face did not match the photo on the card</source>
        <translation>O seu rosto não combinou com a foto do cartão</translation>
    </message>
    <message>
        <source>Your registration could not be saved</source>
        <translation>Não foi possível salvar o seu registro</translation>
    </message>
</context>
<context>
    <name>OutOfService</name>
    <message>
        <source>Error code for staff: {code}</source>
        <translation>Código de erro para a equipe: {code}</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Fora de serviço</translation>
    </message>
    <message>
        <source>Sorry, something went wrong. Please see the staff.</source>
        <translation>Desculpe, algo deu errado. Procure a equipe.</translation>
    </message>
</context>
<context>
    <name>Pin</name>
    <message numerus="yes">
        <source>%n tries left</source>
        <translation>
            <numerusform>Resta %n tentativa</numerusform>
            <numerusform>Restam %n tentativas</numerusform>
        </translation>
    </message>
    <message>
        <source>Careful: if the next PIN is wrong, the kiosk stops and you must see staff. If you are not sure, press Cancel and ask staff.</source>
        <translation>Atenção: se a próxima senha estiver errada, o terminal para e você precisará da equipe. Se não tiver certeza, toque em Cancelar e fale com a equipe.</translation>
    </message>
    <message>
        <source>Forgot the PIN? Use the camera</source>
        <translation>Esqueceu a senha? Use a câmera</translation>
    </message>
    <message>
        <source>Forgot the PIN? Use the numbers printed on the card</source>
        <translation>Esqueceu a senha? Use os números impressos no cartão</translation>
    </message>
    <message>
        <source>I do not know my PIN</source>
        <translation>Não sei a minha senha</translation>
    </message>
    <message>
        <source>PIN 1 is the 4-digit number chosen when the licence was made. If you never chose one or do not remember it, do not guess: staff will register you.</source>
        <translation>A senha 1 é o número de 4 dígitos escolhido quando a carteira foi feita. Se você nunca escolheu uma ou não se lembra, não tente adivinhar: a equipe vai registrar você.</translation>
    </message>
    <message>
        <source>The PIN you chose for this card. It is not shown and not spoken.</source>
        <translation>É a senha que você escolheu para este cartão. Ela não aparece e não é falada.</translation>
    </message>
    <message>
        <source>Type PIN 1 of your driver&apos;s licence (4 digits)</source>
        <translation>Digite a senha 1 da carteira de motorista (4 dígitos)</translation>
    </message>
    <message>
        <source>Type your 4-digit PIN</source>
        <translation>Digite a sua senha de 4 dígitos</translation>
    </message>
</context>
<context>
    <name>Prompt</name>
    <message>
        <source>Check in. Please place your card on the reader.</source>
        <translation>Entrada. Coloque o seu cartão no leitor.</translation>
    </message>
    <message>
        <source>Check out. Please place your card on the reader.</source>
        <translation>Saída. Coloque o seu cartão no leitor.</translation>
    </message>
    <message>
        <source>Do you need more time? Please touch the screen.</source>
        <translation>Precisa de mais tempo? Toque na tela.</translation>
    </message>
    <message>
        <source>Done. Please take your card.</source>
        <translation>Pronto. Pegue o seu cartão.</translation>
    </message>
    <message>
        <source>If you have no card, please go to the staff desk.</source>
        <translation>Se não tiver cartão, vá até a mesa da equipe.</translation>
    </message>
    <message>
        <source>Please check your details on the screen, then press Correct.</source>
        <translation>Confira os seus dados na tela e toque em Está certo.</translation>
    </message>
    <message>
        <source>Please choose how to open your card.</source>
        <translation>Escolha como abrir o seu cartão.</translation>
    </message>
    <message>
        <source>Please choose how your birth date is shown.</source>
        <translation>Escolha como mostrar a sua data de nascimento.</translation>
    </message>
    <message>
        <source>Please look at the camera. Your face is compared with the photo on your card. No picture is kept.</source>
        <translation>Olhe para a câmera, por favor. Seu rosto é comparado com a foto do cartão. Nenhuma imagem é guardada.</translation>
    </message>
    <message>
        <source>Please place your card on the reader.</source>
        <translation>Coloque o seu cartão no leitor.</translation>
    </message>
    <message>
        <source>Please read on the screen what we read from your card, then press Agree.</source>
        <translation>Leia na tela o que vamos ler do seu cartão e toque em Concordo.</translation>
    </message>
    <message>
        <source>Please read the message on the screen.</source>
        <translation>Leia a mensagem na tela.</translation>
    </message>
    <message>
        <source>Please show the front of your card to the camera and keep it still.</source>
        <translation>Mostre a frente do cartão para a câmera e segure-o parado, por favor.</translation>
    </message>
    <message>
        <source>Please type your birth date, the card&apos;s expiry year and the four digit security code under the photo.</source>
        <translation>Digite a data de nascimento, o ano de validade do cartão e o código de segurança de 4 dígitos abaixo da foto.</translation>
    </message>
    <message>
        <source>Please type your four digit PIN. It is not shown and not spoken.</source>
        <translation>Digite a sua senha de 4 dígitos. Ela não aparece e não é falada.</translation>
    </message>
    <message>
        <source>Reading your card. Please do not remove it.</source>
        <translation>Lendo o seu cartão. Não o retire.</translation>
    </message>
    <message>
        <source>Saving. Please wait.</source>
        <translation>Salvando. Aguarde.</translation>
    </message>
    <message>
        <source>This kiosk is out of service. Please see the staff.</source>
        <translation>Este terminal está fora de serviço. Procure a equipe.</translation>
    </message>
    <message>
        <source>You are checked in here. Are you leaving the shelter?</source>
        <translation>Você está registrado(a) aqui. Vai sair do abrigo?</translation>
    </message>
    <message>
        <source>You are checked in. Please take your card.</source>
        <translation>Entrada registrada. Pegue o seu cartão.</translation>
    </message>
    <message>
        <source>You are checked out. Please take your card.</source>
        <translation>Saída registrada. Pegue o seu cartão.</translation>
    </message>
</context>
<context>
    <name>Quarantine</name>
    <message>
        <source>Records on hold (tell IT):</source>
        <translation>Registros retidos (avise a TI):</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>e mais {count}</translation>
    </message>
    <message>
        <source>it holds a value this kiosk version does not know (a newer version?)</source>
        <translation>contém um valor que esta versão não conhece (de uma versão mais nova?)</translation>
    </message>
    <message>
        <source>its details do not match their seal (changed or damaged)</source>
        <translation>os dados não conferem com o selo (alterados ou danificados)</translation>
    </message>
    <message>
        <source>its personal data cannot be opened on this kiosk (another key, or damaged)</source>
        <translation>os dados pessoais não abrem neste terminal (outra chave ou danificados)</translation>
    </message>
    <message>
        <source>record {record}: {reason}</source>
        <translation>registro {record}: {reason}</translation>
    </message>
    <message>
        <source>the server refused it</source>
        <translation>o servidor o recusou</translation>
    </message>
</context>
<context>
    <name>Reading</name>
    <message>
        <source>Please do not remove your card.</source>
        <translation>Não retire o seu cartão.</translation>
    </message>
    <message>
        <source>Please wait a moment.</source>
        <translation>Aguarde um momento.</translation>
    </message>
    <message>
        <source>Reading your card…</source>
        <translation>Lendo o seu cartão…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
</context>
<context>
    <name>Registration</name>
    <message numerus="yes">
        <source>%n people registered.</source>
        <translation>
            <numerusform>%n pessoa registrada.</numerusform>
            <numerusform>%n pessoas registradas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records could not be read.</source>
        <translation>
            <numerusform>%n registro não pôde ser lido.</numerusform>
            <numerusform>%n registros não puderam ser lidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add another member</source>
        <translation>Adicionar outro membro</translation>
    </message>
    <message>
        <source>Already checked out: nothing was recorded.</source>
        <translation>Já saiu: nada foi registrado.</translation>
    </message>
    <message>
        <source>Already entered: {names}</source>
        <translation>Já inseridos: {names}</translation>
    </message>
    <message>
        <source>At most {n} people are registered together: register this household, then the others as another one.</source>
        <translation>No máximo {n} pessoas são registradas juntas: registre esta família e depois as outras como outra família.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Back to the staff menu</source>
        <translation>Voltar ao menu da equipe</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>Registrar a saída</translation>
    </message>
    <message>
        <source>Check someone out by hand</source>
        <translation>Registrar a saída de alguém manualmente</translation>
    </message>
    <message>
        <source>Check this person out?
{person}</source>
        <translation>Registrar a saída desta pessoa?
{person}</translation>
    </message>
    <message>
        <source>Checked out.</source>
        <translation>Saída registrada.</translation>
    </message>
    <message>
        <source>Correct a record</source>
        <translation>Corrigir um registro</translation>
    </message>
    <message>
        <source>Correct the record</source>
        <translation>Corrigir o registro</translation>
    </message>
    <message>
        <source>Member {n} of the household</source>
        <translation>Membro {n} da família</translation>
    </message>
    <message>
        <source>More were found: type more of the name.</source>
        <translation>Há mais resultados: digite mais do nome.</translation>
    </message>
    <message>
        <source>Name or reading</source>
        <translation>Nome ou leitura</translation>
    </message>
    <message>
        <source>No open check-in found.</source>
        <translation>Nenhuma entrada em aberto encontrada.</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Não informado</translation>
    </message>
    <message>
        <source>Nothing was saved: the record database refused it. Please try again or see IT.</source>
        <translation>Nada foi salvo: o banco de dados recusou. Tente de novo ou fale com a TI.</translation>
    </message>
    <message>
        <source>People without a card</source>
        <translation>Pessoas sem cartão</translation>
    </message>
    <message>
        <source>Please check the marked fields: nothing was saved.</source>
        <translation>Verifique os campos marcados: nada foi salvo.</translation>
    </message>
    <message>
        <source>Reading the records...</source>
        <translation>Lendo os registros…</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>Register people without a card</source>
        <translation>Registrar pessoas sem cartão</translation>
    </message>
    <message>
        <source>Same address as the first member</source>
        <translation>Mesmo endereço do primeiro membro</translation>
    </message>
    <message>
        <source>Save the correction</source>
        <translation>Salvar a correção</translation>
    </message>
    <message>
        <source>Set the shelter id first: nothing can be recorded yet.</source>
        <translation>Defina primeiro o ID do abrigo: ainda não é possível registrar.</translation>
    </message>
    <message>
        <source>The correction was saved.</source>
        <translation>A correção foi salva.</translation>
    </message>
    <message>
        <source>The record database is not available.</source>
        <translation>O banco de dados de registros não está disponível.</translation>
    </message>
    <message>
        <source>The records could not be read.</source>
        <translation>Não foi possível ler os registros.</translation>
    </message>
    <message>
        <source>The shelter settings changed: nothing was recorded. Please start again.</source>
        <translation>As configurações do abrigo mudaram: nada foi registrado. Comece de novo.</translation>
    </message>
    <message>
        <source>Western calendar</source>
        <translation>Calendário ocidental</translation>
    </message>
    <message>
        <source>Who is checking out?</source>
        <translation>Quem está saindo?</translation>
    </message>
    <message>
        <source>Whose record is wrong?</source>
        <translation>De quem é o registro errado?</translation>
    </message>
    <message>
        <source>{name}, checked in {time}</source>
        <translation>{name}, entrada {time}</translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message numerus="yes">
        <source>%n training records deleted.</source>
        <translation>
            <numerusform>%n registro de treino apagado.</numerusform>
            <numerusform>%n registros de treino apagados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n training records wait for the server: delete again once they are sent.</source>
        <translation>
            <numerusform>%n registro de treino aguarda o servidor: apague de novo depois do envio.</numerusform>
            <numerusform>%n registros de treino aguardam o servidor: apague de novo depois do envio.</numerusform>
        </translation>
    </message>
    <message>
        <source>90 and over</source>
        <translation>90 ou mais</translation>
    </message>
    <message>
        <source>Age unknown</source>
        <translation>Idade desconhecida</translation>
    </message>
    <message>
        <source>Back to the staff menu</source>
        <translation>Voltar ao menu da equipe</translation>
    </message>
    <message>
        <source>By age</source>
        <translation>Por idade</translation>
    </message>
    <message>
        <source>Capacity (people)</source>
        <translation>Capacidade (pessoas)</translation>
    </message>
    <message>
        <source>Capacity saved.</source>
        <translation>Capacidade salva.</translation>
    </message>
    <message>
        <source>Capacity {capacity}: {rate}% full</source>
        <translation>Capacidade {capacity}: {rate}% ocupada</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>Saída</translation>
    </message>
    <message>
        <source>Checked out: {count}</source>
        <translation>Saídas: {count}</translation>
    </message>
    <message>
        <source>Delete the personal data of every training record on this terminal, the copies from the other terminals included?</source>
        <translation>Apagar os dados pessoais de todos os registros de treino deste terminal, incluindo as cópias dos outros terminais?</translation>
    </message>
    <message>
        <source>Delete the training records</source>
        <translation>Apagar os registros de treino</translation>
    </message>
    <message>
        <source>End training mode</source>
        <translation>Encerrar o modo de treino</translation>
    </message>
    <message>
        <source>End training mode? Records made from now on are real.</source>
        <translation>Encerrar o modo de treino? Os registros a partir de agora são reais.</translation>
    </message>
    <message>
        <source>Export the roster to the USB stick</source>
        <translation>Exportar a lista para o pen drive</translation>
    </message>
    <message>
        <source>Folder on the USB stick</source>
        <translation>Pasta no pen drive</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Família</translation>
    </message>
    <message>
        <source>Households inside: {count}</source>
        <translation>Famílias aqui: {count}</translation>
    </message>
    <message>
        <source>Injured</source>
        <translation>Ferido</translation>
    </message>
    <message>
        <source>Inside now: {count}</source>
        <translation>Aqui agora: {count}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Needs assistance</source>
        <translation>Precisa de ajuda</translation>
    </message>
    <message>
        <source>Needs medical care</source>
        <translation>Precisa de cuidado médico</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>No capacity set: type it below.</source>
        <translation>Capacidade não definida: digite abaixo.</translation>
    </message>
    <message>
        <source>Not saved: the USB stick is full.</source>
        <translation>Não gravado: o pen drive está cheio.</translation>
    </message>
    <message>
        <source>Not saved: the folder cannot be written. Is the USB stick in?</source>
        <translation>Não gravado: a pasta não pode ser escrita. O pen drive está conectado?</translation>
    </message>
    <message>
        <source>Only people inside now</source>
        <translation>Só quem está aqui agora</translation>
    </message>
    <message>
        <source>Passphrase (12 or more characters)</source>
        <translation>Frase secreta (12 caracteres ou mais)</translation>
    </message>
    <message>
        <source>Personal data deleted: {count}</source>
        <translation>Dados pessoais apagados: {count}</translation>
    </message>
    <message>
        <source>Pregnant</source>
        <translation>Grávida</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Leitura</translation>
    </message>
    <message>
        <source>Records not readable here: {count}</source>
        <translation>Registros ilegíveis aqui: {count}</translation>
    </message>
    <message>
        <source>Roster and counts</source>
        <translation>Lista de pessoas e contagens</translation>
    </message>
    <message>
        <source>Saved {file}: {count} people, NOT encrypted.</source>
        <translation>{file} gravado: {count} pessoas, SEM criptografia.</translation>
    </message>
    <message>
        <source>Saved {file}: {count} people, encrypted.</source>
        <translation>{file} gravado: {count} pessoas, criptografado.</translation>
    </message>
    <message>
        <source>Search by name or reading</source>
        <translation>Buscar por nome ou leitura</translation>
    </message>
    <message>
        <source>Set the capacity</source>
        <translation>Definir a capacidade</translation>
    </message>
    <message>
        <source>Special needs</source>
        <translation>Necessidades especiais</translation>
    </message>
    <message>
        <source>Start training mode</source>
        <translation>Iniciar o modo de treino</translation>
    </message>
    <message>
        <source>Start training mode? Every record made from now on is a training record, kept apart from the real ones.</source>
        <translation>Iniciar o modo de treino? Todo registro a partir de agora é de treino, separado dos reais.</translation>
    </message>
    <message>
        <source>The capacity is a number up to 100000.</source>
        <translation>A capacidade é um número de até 100000.</translation>
    </message>
    <message>
        <source>The passphrase needs at least 12 characters.</source>
        <translation>A frase secreta precisa de pelo menos 12 caracteres.</translation>
    </message>
    <message>
        <source>The record database is not available.</source>
        <translation>O banco de registros não está disponível.</translation>
    </message>
    <message>
        <source>The records could not be read: {code}</source>
        <translation>Não foi possível ler os registros: {code}</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>A mesma frase secreta de novo</translation>
    </message>
    <message>
        <source>The training records could not be deleted: {code}</source>
        <translation>Não foi possível apagar os registros de treino: {code}</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>As duas frases secretas são diferentes.</translation>
    </message>
    <message>
        <source>Training mode: only training records are shown and counted.</source>
        <translation>Modo de treino: só registros de treino são mostrados e contados.</translation>
    </message>
    <message>
        <source>Type the folder of the USB stick.</source>
        <translation>Digite a pasta do pen drive.</translation>
    </message>
    <message>
        <source>With a pet</source>
        <translation>Com animal de estimação</translation>
    </message>
    <message>
        <source>Without encryption (plain CSV)</source>
        <translation>Sem criptografia (CSV simples)</translation>
    </message>
    <message>
        <source>Write the roster WITHOUT encryption? Anyone who finds the USB stick can read every name and address.</source>
        <translation>Gravar a lista SEM criptografia? Quem achar o pen drive poderá ler todos os nomes e endereços.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>ended by a later check-in</source>
        <translation>encerrada por nova entrada</translation>
    </message>
    <message>
        <source>inside</source>
        <translation>aqui</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>API token</source>
        <translation>Token da API</translation>
    </message>
    <message>
        <source>Address in the QR code (empty: found by itself)</source>
        <translation>Endereço no código QR (vazio: automático)</translation>
    </message>
    <message>
        <source>After a check-in, tell people (empty: the standard text)</source>
        <translation>Depois do registro, diga às pessoas (vazio: o texto padrão)</translation>
    </message>
    <message>
        <source>App settings</source>
        <translation>Configurações do app</translation>
    </message>
    <message>
        <source>Ask for 和暦 / 西暦 birth date display</source>
        <translation>Perguntar exibição da data 和暦 / 西暦</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Câmera</translation>
    </message>
    <message>
        <source>Card camera (device number)</source>
        <translation>Câmera do cartão (número do dispositivo)</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>Idioma padrão</translation>
    </message>
    <message>
        <source>Face camera (device number)</source>
        <translation>Câmera do rosto (número do dispositivo)</translation>
    </message>
    <message>
        <source>Language and voice</source>
        <translation>Idioma e voz</translation>
    </message>
    <message>
        <source>Management API URL</source>
        <translation>URL da API de gestão</translation>
    </message>
    <message>
        <source>Management server</source>
        <translation>Servidor de gestão</translation>
    </message>
    <message>
        <source>Not saved: the settings file could not be written.</source>
        <translation>Não salvo: não foi possível gravar o arquivo de configurações.</translation>
    </message>
    <message>
        <source>Not saved: type the API token for the new API URL.</source>
        <translation>Não salvo: digite o token da API para a nova URL da API.</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>Não salvo: {problem}</translation>
    </message>
    <message>
        <source>Off: PIN or typed numbers</source>
        <translation>Desligada: senha ou números digitados</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ligado</translation>
    </message>
    <message>
        <source>Other terminals&apos; addresses (host:port, separated by commas)</source>
        <translation>Endereços dos outros terminais (host:porta, separados por vírgulas)</translation>
    </message>
    <message>
        <source>PIN, then match the face</source>
        <translation>Senha e depois comparar o rosto</translation>
    </message>
    <message>
        <source>Phone page port</source>
        <translation>Porta da página do celular</translation>
    </message>
    <message>
        <source>Phone registration</source>
        <translation>Cadastro pelo celular</translation>
    </message>
    <message>
        <source>Read the card face</source>
        <translation>Ler a frente do cartão</translation>
    </message>
    <message>
        <source>Read the card face and match the face</source>
        <translation>Ler a frente do cartão e comparar o rosto</translation>
    </message>
    <message>
        <source>Same camera</source>
        <translation>A mesma câmera</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Saved. Type a new one to replace it.</source>
        <translation>Salvo. Digite um novo só para trocar.</translation>
    </message>
    <message>
        <source>Seconds the result stays on screen</source>
        <translation>Segundos que o resultado fica na tela</translation>
    </message>
    <message>
        <source>Seconds without a touch before asking for more time</source>
        <translation>Segundos sem toque antes de perguntar se precisa de mais tempo</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Configurações salvas.</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Abrigo</translation>
    </message>
    <message>
        <source>Shelter ID</source>
        <translation>ID do abrigo</translation>
    </message>
    <message>
        <source>Shelter LAN</source>
        <translation>Rede do abrigo</translation>
    </message>
    <message>
        <source>Shelter LAN port</source>
        <translation>Porta da rede do abrigo</translation>
    </message>
    <message>
        <source>Shelter name</source>
        <translation>Nome do abrigo</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Tempos</translation>
    </message>
    <message>
        <source>Voice guidance</source>
        <translation>Guia por voz</translation>
    </message>
    <message>
        <source>Where the staff desk is (empty: the standard text)</source>
        <translation>Onde fica a mesa da equipe (vazio: o texto padrão)</translation>
    </message>
</context>
<context>
    <name>Situation</name>
    <message>
        <source>I am injured</source>
        <translation>Estou ferido(a)</translation>
    </message>
    <message>
        <source>I am pregnant</source>
        <translation>Estou grávida</translation>
    </message>
    <message>
        <source>I came with a pet</source>
        <translation>Vim com um animal de estimação</translation>
    </message>
    <message>
        <source>I need help to move or live here</source>
        <translation>Preciso de ajuda para me mover ou viver aqui</translation>
    </message>
    <message>
        <source>I need medical care</source>
        <translation>Preciso de atendimento médico</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>All records are sent. You can quit the kiosk.</source>
        <translation>Todos os registros foram enviados. Pode fechar o quiosque.</translation>
    </message>
    <message>
        <source>App settings</source>
        <translation>Configurações do app</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>Voltar ao terminal</translation>
    </message>
    <message>
        <source>Camera: unplugged or not found. People use the PIN or type the numbers until it is back.</source>
        <translation>Câmera: desconectada ou não encontrada. Até ela voltar, as pessoas usam a senha ou digitam os números.</translation>
    </message>
    <message>
        <source>Camera: working</source>
        <translation>Câmera: funcionando</translation>
    </message>
    <message>
        <source>Connection: OFFLINE</source>
        <translation>Conexão: SEM CONEXÃO</translation>
    </message>
    <message>
        <source>Connection: no management API configured</source>
        <translation>Conexão: nenhuma API de gestão configurada</translation>
    </message>
    <message>
        <source>Connection: online</source>
        <translation>Conexão: online</translation>
    </message>
    <message>
        <source>Connection: the server refused the API token. Check the settings.</source>
        <translation>Conexão: o servidor recusou o token da API. Verifique as configurações.</translation>
    </message>
    <message>
        <source>Connection: the server refused the records (see its error).</source>
        <translation>Conexão: o servidor recusou os registros (veja o erro).</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Criar conta</translation>
    </message>
    <message>
        <source>Create the first staff account</source>
        <translation>Criar a primeira conta da equipe</translation>
    </message>
    <message>
        <source>Delete personal data now</source>
        <translation>Apagar dados pessoais agora</translation>
    </message>
    <message>
        <source>Delete personal data now?</source>
        <translation>Apagar os dados pessoais agora?</translation>
    </message>
    <message>
        <source>Last sync: {time}</source>
        <translation>Última sincronização: {time}</translation>
    </message>
    <message>
        <source>Lines that could not be read: {lines}</source>
        <translation>Linhas que não puderam ser lidas: {lines}</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Log in to open the shelter. The management system is told it opened.</source>
        <translation>Faça login para abrir o abrigo. O sistema de gestão é avisado da abertura.</translation>
    </message>
    <message>
        <source>Log out (quit the app)</source>
        <translation>Sair (fechar o aplicativo)</translation>
    </message>
    <message>
        <source>Names, addresses and messages are erased from this kiosk for good. It works only after the close notice, once the server has every record.</source>
        <translation>Nomes, endereços e mensagens são apagados deste terminal para sempre. Só funciona depois do aviso de fechamento, quando o servidor tiver recebido todos os registros.</translation>
    </message>
    <message>
        <source>No personal data left to delete.</source>
        <translation>Não há dados pessoais para apagar.</translation>
    </message>
    <message>
        <source>No set-up code was issued. IT: python -m kiosk.staff setup-code</source>
        <translation>Nenhum código de configuração foi emitido. TI: python -m kiosk.staff setup-code</translation>
    </message>
    <message>
        <source>No staff account exists on this kiosk yet. Choose a user ID and a password of at least 10 characters.</source>
        <translation>Ainda não há conta da equipe neste terminal. Escolha um ID de usuário e uma senha com pelo menos 10 caracteres.</translation>
    </message>
    <message>
        <source>No, go back</source>
        <translation>Não, voltar</translation>
    </message>
    <message>
        <source>Nobody can check in or out until the kiosk is started again. Records that still wait stay safely on this kiosk.</source>
        <translation>Ninguém pode registrar entrada ou saída até o terminal ser iniciado de novo. Os registros que ainda aguardam ficam guardados com segurança neste terminal.</translation>
    </message>
    <message numerus="yes">
        <source>Not deleted: %n records are not yet received by the server. Press Send now and try again when they are sent.</source>
        <translation>
            <numerusform>Não apagado: o servidor ainda não recebeu %n registro. Toque em Enviar agora e tente de novo quando ele for enviado.</numerusform>
            <numerusform>Não apagado: o servidor ainda não recebeu %n registros. Toque em Enviar agora e tente de novo quando forem enviados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not deleted: send the shelter close notice first.</source>
        <translation>Não apagado: envie primeiro o aviso de fechamento do abrigo.</translation>
    </message>
    <message>
        <source>Not deleted: the waiting time after the close has not passed yet.</source>
        <translation>Não apagado: o tempo de espera após o fechamento ainda não passou.</translation>
    </message>
    <message>
        <source>Not everything could be sent yet. The records stay on this kiosk.</source>
        <translation>Ainda não foi possível enviar tudo. Os registros ficam neste quiosque.</translation>
    </message>
    <message>
        <source>Only shelter staff may open this menu.</source>
        <translation>Somente a equipe do abrigo pode abrir este menu.</translation>
    </message>
    <message>
        <source>Only shelter staff may quit the kiosk.</source>
        <translation>Somente a equipe do abrigo pode fechar o quiosque.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Senha de novo</translation>
    </message>
    <message>
        <source>People without a card</source>
        <translation>Pessoas sem cartão</translation>
    </message>
    <message numerus="yes">
        <source>Personal data deleted from %n records.</source>
        <translation>
            <numerusform>Dados pessoais apagados de %n registro.</numerusform>
            <numerusform>Dados pessoais apagados de %n registros.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Personal data deleted from %n records. The database file is rewritten in a moment to remove old copies; the kiosk does this by itself.</source>
        <translation>
            <numerusform>Dados pessoais apagados de %n registro. O arquivo do banco de dados será reescrito em instantes para remover cópias antigas; o terminal faz isso sozinho.</numerusform>
            <numerusform>Dados pessoais apagados de %n registros. O arquivo do banco de dados será reescrito em instantes para remover cópias antigas; o terminal faz isso sozinho.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please choose a harder password: no common words, repeats, runs or the user ID.</source>
        <translation>Escolha uma senha mais difícil: sem palavras comuns, repetições, sequências ou o ID de usuário.</translation>
    </message>
    <message>
        <source>Please enter a user ID.</source>
        <translation>Digite um ID de usuário.</translation>
    </message>
    <message>
        <source>Quarantined records queued again: {count}</source>
        <translation>Registros retidos na fila novamente: {count}</translation>
    </message>
    <message>
        <source>Quit the kiosk</source>
        <translation>Fechar o terminal</translation>
    </message>
    <message>
        <source>Quit the kiosk?</source>
        <translation>Fechar o terminal?</translation>
    </message>
    <message>
        <source>Reader: {state}</source>
        <translation>Leitor: {state}</translation>
    </message>
    <message>
        <source>Records still waiting to be sent: {count}</source>
        <translation>Registros ainda aguardando envio: {count}</translation>
    </message>
    <message>
        <source>Records that still wait are kept safely on this kiosk and are sent the next time it starts with a connection.</source>
        <translation>Os registros que ainda aguardam ficam guardados com segurança neste terminal e são enviados na próxima vez que ele iniciar com conexão.</translation>
    </message>
    <message>
        <source>Records waiting: {waiting}, quarantined: {quarantined}</source>
        <translation>Registros aguardando: {waiting}, em quarentena: {quarantined}</translation>
    </message>
    <message>
        <source>Retry records on hold</source>
        <translation>Reenviar registros retidos</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Enviar agora</translation>
    </message>
    <message>
        <source>Send now and wait</source>
        <translation>Enviar agora e esperar</translation>
    </message>
    <message>
        <source>Send shelter close notice and quit</source>
        <translation>Enviar aviso de fechamento e sair</translation>
    </message>
    <message>
        <source>Send shelter open notice</source>
        <translation>Enviar aviso de abertura</translation>
    </message>
    <message>
        <source>Send the shelter close notice?</source>
        <translation>Enviar o aviso de fechamento do abrigo?</translation>
    </message>
    <message>
        <source>Sending now.</source>
        <translation>Enviando agora.</translation>
    </message>
    <message>
        <source>Sending… Please wait. Records still waiting: {count}</source>
        <translation>Enviando… Aguarde. Registros ainda esperando: {count}</translation>
    </message>
    <message>
        <source>Set-up code from IT</source>
        <translation>Código de configuração da TI</translation>
    </message>
    <message>
        <source>Shelter close notice queued</source>
        <translation>Aviso de fechamento na fila de envio</translation>
    </message>
    <message>
        <source>Shelter open notice queued.</source>
        <translation>Aviso de abertura na fila de envio.</translation>
    </message>
    <message>
        <source>Staff login</source>
        <translation>Login da equipe</translation>
    </message>
    <message>
        <source>Staff login to quit the kiosk</source>
        <translation>Login da equipe para fechar o quiosque</translation>
    </message>
    <message>
        <source>Staff menu</source>
        <translation>Menu da equipe</translation>
    </message>
    <message>
        <source>Staff menu: enter your password</source>
        <translation>Menu da equipe: digite a sua senha</translation>
    </message>
    <message>
        <source>Staff must open it again: log in to open the shelter. The management system is told it opened.</source>
        <translation>A equipe precisa abri-lo de novo: entre para abrir o abrigo. O sistema de gestão é avisado da abertura.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>That did not work. Please try again.</source>
        <translation>Não funcionou. Tente novamente.</translation>
    </message>
    <message>
        <source>The account could not be created.</source>
        <translation>Não foi possível criar a conta.</translation>
    </message>
    <message>
        <source>The management system is told that this shelter is closed. Then the kiosk shows how many records still wait, and staff can quit it.</source>
        <translation>O sistema de gestão é informado de que este abrigo foi fechado. Depois o terminal mostra quantos registros ainda aguardam, e a equipe pode fechá-lo.</translation>
    </message>
    <message>
        <source>The notice could not be saved. Please try again.</source>
        <translation>Não foi possível salvar o aviso. Tente de novo.</translation>
    </message>
    <message>
        <source>The notice was not recorded: the kiosk cannot record yet.</source>
        <translation>O aviso não foi registrado: o quiosque ainda não pode registrar.</translation>
    </message>
    <message>
        <source>The password needs at least 10 characters.</source>
        <translation>A senha precisa ter pelo menos 10 caracteres.</translation>
    </message>
    <message>
        <source>The set-up code is not correct.</source>
        <translation>O código de configuração não está correto.</translation>
    </message>
    <message>
        <source>The settings file was damaged. It was set aside as {path}; the values that could be read were kept.</source>
        <translation>O arquivo de configurações estava danificado. Ele foi guardado à parte como {path}; os valores legíveis foram mantidos.</translation>
    </message>
    <message>
        <source>The shelter is closed</source>
        <translation>O abrigo está fechado</translation>
    </message>
    <message>
        <source>The shelter is closed: evacuees cannot check in. Send the shelter open notice to open it again, or log out.</source>
        <translation>O abrigo está fechado: os desabrigados não podem fazer o registro. Envie o aviso de abertura para abri-lo de novo, ou saia.</translation>
    </message>
    <message>
        <source>The shelter is open already: no notice was sent.</source>
        <translation>O abrigo já está aberto: nenhum aviso foi enviado.</translation>
    </message>
    <message>
        <source>The shelter is open. Log in to start the kiosk: no notice is sent.</source>
        <translation>O abrigo está aberto. Entre para iniciar o terminal: nenhum aviso é enviado.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>As duas senhas não são iguais.</translation>
    </message>
    <message>
        <source>These settings were not usable and are back at their defaults: {keys}</source>
        <translation>Estas configurações não eram utilizáveis e voltaram ao padrão: {keys}</translation>
    </message>
    <message>
        <source>This kiosk cannot record anything until the shelter ID is set. Open App settings and enter it.</source>
        <translation>Este quiosque não pode registrar nada até que o ID do abrigo seja definido. Abra &quot;Configurações do app&quot; e digite-o.</translation>
    </message>
    <message>
        <source>This terminal has lost its ID (damaged settings). It cannot record anything until IT restores the terminal_id file.</source>
        <translation>Este terminal perdeu o seu ID (configurações danificadas). Não pode registrar nada até a TI restaurar o arquivo terminal_id.</translation>
    </message>
    <message>
        <source>Too many wrong tries. Please wait and try again later.</source>
        <translation>Tentativas erradas demais. Espere e tente de novo mais tarde.</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>ID de usuário</translation>
    </message>
    <message>
        <source>User ID or password is not correct.</source>
        <translation>ID de usuário ou senha incorretos.</translation>
    </message>
    <message>
        <source>Yes, delete</source>
        <translation>Sim, apagar</translation>
    </message>
    <message>
        <source>Yes, quit</source>
        <translation>Sim, fechar</translation>
    </message>
    <message>
        <source>Yes, send the close notice</source>
        <translation>Sim, enviar o aviso de fechamento</translation>
    </message>
    <message>
        <source>connected, card on the reader</source>
        <translation>conectado, cartão no leitor</translation>
    </message>
    <message>
        <source>connected, no card</source>
        <translation>conectado, sem cartão</translation>
    </message>
    <message>
        <source>no reader connected</source>
        <translation>nenhum leitor conectado</translation>
    </message>
</context>
<context>
    <name>StaffLog</name>
    <message>
        <source>A card could not be read ({code}).</source>
        <translation>Não foi possível ler um cartão ({code}).</translation>
    </message>
    <message>
        <source>A staff account was created.</source>
        <translation>Uma conta da equipe foi criada.</translation>
    </message>
    <message>
        <source>A staff login was refused ({code}).</source>
        <translation>Um login da equipe foi recusado ({code}).</translation>
    </message>
    <message>
        <source>A staff member logged in.</source>
        <translation>Um membro da equipe entrou.</translation>
    </message>
    <message>
        <source>A staff member logged out.</source>
        <translation>Um membro da equipe saiu.</translation>
    </message>
    <message>
        <source>A staff screen was left untouched: back to the kiosk.</source>
        <translation>Uma tela da equipe ficou sem uso: voltou ao quiosque.</translation>
    </message>
    <message>
        <source>Demo: a sample card was placed.</source>
        <translation>Demonstração: um cartão de exemplo foi colocado.</translation>
    </message>
    <message>
        <source>Demo: the practice data has its own folder.</source>
        <translation>Demonstração: os dados de treino ficam numa pasta própria.</translation>
    </message>
    <message>
        <source>Demo: the practice management server runs at {url}.</source>
        <translation>Demonstração: o servidor de gestão de treino roda em {url}.</translation>
    </message>
    <message>
        <source>Demo: the sample card was taken away.</source>
        <translation>Demonstração: o cartão de exemplo foi retirado.</translation>
    </message>
    <message>
        <source>Sending failed ({code}). The kiosk tries again by itself.</source>
        <translation>O envio falhou ({code}). O quiosque tenta de novo sozinho.</translation>
    </message>
    <message>
        <source>Sending stopped ({code}). See the status.</source>
        <translation>O envio parou ({code}). Veja o status.</translation>
    </message>
    <message>
        <source>Technical message for IT ({code})</source>
        <translation>Mensagem técnica para a TI ({code})</translation>
    </message>
    <message>
        <source>The card reader is missing.</source>
        <translation>O leitor de cartões não foi encontrado.</translation>
    </message>
    <message>
        <source>The close notice waits until the earlier records are sent.</source>
        <translation>O aviso de fechamento espera os registros anteriores serem enviados.</translation>
    </message>
    <message>
        <source>The management server can be reached again.</source>
        <translation>O servidor de gestão voltou a responder.</translation>
    </message>
    <message>
        <source>The record database needs attention ({code}). See the status.</source>
        <translation>O banco de registros precisa de atenção ({code}). Veja o status.</translation>
    </message>
    <message>
        <source>The screen language was changed.</source>
        <translation>O idioma da tela foi trocado.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Registrations are kept safely on this kiosk</source>
        <translation>Os registros ficam guardados com segurança neste terminal</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message numerus="yes">
        <source>%n records could not be read (ids: {ids}).</source>
        <translation>
            <numerusform>%n registro não pôde ser lido (id: {ids}).</numerusform>
            <numerusform>%n registros não puderam ser lidos (ids: {ids}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records could not be read.</source>
        <translation>
            <numerusform>%n registro não pôde ser lido.</numerusform>
            <numerusform>%n registros não puderam ser lidos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records were put on hold: they failed their check.</source>
        <translation>
            <numerusform>%n registro foi retido: não passou na verificação.</numerusform>
            <numerusform>%n registros foram retidos: não passaram na verificação.</numerusform>
        </translation>
    </message>
    <message>
        <source>How many records could not be read is not known.</source>
        <translation>Não se sabe quantos registros não puderam ser lidos.</translation>
    </message>
    <message>
        <source>I have read this</source>
        <translation>Eu li</translation>
    </message>
    <message>
        <source>The damaged file was kept as {name} for IT. Do not delete it.</source>
        <translation>O arquivo danificado foi guardado como {name} para a TI. Não o apague.</translation>
    </message>
    <message>
        <source>The record database is damaged and could not be repaired. This kiosk cannot record anything: people are told to see staff. Register people by hand and call IT. IT: stop the kiosk, then run python -m kiosk.outbox recover. Do not delete any files.</source>
        <translation>O banco de dados de registros está danificado e não pôde ser reparado. Este terminal não consegue registrar nada (as pessoas são orientadas a procurar a equipe). Registre as pessoas à mão e chame a TI. TI: feche o terminal e execute python -m kiosk.outbox recover. Não apague nenhum arquivo.</translation>
    </message>
    <message numerus="yes">
        <source>The record database was damaged. %n records were saved into a new database; those not yet sent will be sent.</source>
        <translation>
            <numerusform>O banco de dados de registros estava danificado. %n registro foi salvo em um banco novo; se ainda não foi enviado, será enviado.</numerusform>
            <numerusform>O banco de dados de registros estava danificado. %n registros foram salvos em um banco novo; os ainda não enviados serão enviados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncProblem</name>
    <message numerus="yes">
        <source>%n records were left &apos;in flight&apos; by a sender that stopped; they will be sent again within 10 minutes or after a restart.</source>
        <translation>
            <numerusform>%n registro ficou &apos;em envio&apos; por um envio que parou; será enviado de novo em até 10 minutos ou após reiniciar.</numerusform>
            <numerusform>%n registros ficaram &apos;em envio&apos; por um envio que parou; serão enviados de novo em até 10 minutos ou após reiniciar.</numerusform>
        </translation>
    </message>
    <message>
        <source>A record is on hold: the server already has a different record with the same ID. Tell IT. The record stays on this kiosk.</source>
        <translation>Um registro está em espera: o servidor já tem outro registro com o mesmo ID. Avise a TI. O registro fica neste quiosque.</translation>
    </message>
    <message>
        <source>A record is on hold: the server refused it. Tell IT. The record stays on this kiosk.</source>
        <translation>Um registro está em espera: o servidor o recusou. Avise a TI. O registro fica neste quiosque.</translation>
    </message>
    <message>
        <source>For IT: {details}</source>
        <translation>Para a TI: {details}</translation>
    </message>
    <message>
        <source>The API URL in the settings does not lead to the management server. IT must check the URL. Records wait on this kiosk.</source>
        <translation>A URL da API nas configurações não leva ao servidor de gestão. A TI deve conferir a URL. Os registros aguardam neste quiosque.</translation>
    </message>
    <message>
        <source>The API URL starts with http://, which is allowed only to this machine. IT must set an https:// URL in the settings. Nothing was sent.</source>
        <translation>A URL da API começa com http://, permitido só para esta máquina. A TI deve definir uma URL https:// nas configurações. Nada foi enviado.</translation>
    </message>
    <message>
        <source>The connection dropped while sending. The kiosk sends again by itself; the server does not count a record twice.</source>
        <translation>A conexão caiu durante o envio. O quiosque envia de novo sozinho; o servidor não conta um registro duas vezes.</translation>
    </message>
    <message>
        <source>The kiosk cannot reach the management server. Check the network cable or Wi-Fi. Records wait on this kiosk and are sent when the connection is back.</source>
        <translation>O quiosque não consegue acessar o servidor de gestão. Verifique o cabo de rede ou o Wi-Fi. Os registros aguardam neste quiosque e são enviados quando a conexão voltar.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s disk is full: new check-ins may not be saved. Tell IT at once. Do not delete any files.</source>
        <translation>O disco do quiosque está cheio: novas entradas podem não ser salvas. Avise a TI imediatamente. Não apague nenhum arquivo.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s record database has a problem. Tell IT at once. Do not delete any files.</source>
        <translation>O banco de dados de registros do quiosque tem um problema. Avise a TI imediatamente. Não apague nenhum arquivo.</translation>
    </message>
    <message>
        <source>The management server has a problem of its own. The kiosk tries again by itself. Records wait on this kiosk.</source>
        <translation>O servidor de gestão está com um problema próprio. O quiosque tenta de novo sozinho. Os registros aguardam neste quiosque.</translation>
    </message>
    <message>
        <source>The network answered with another page (a Wi-Fi sign-in page?), not the management server. Sign in to the network or use another one. Records wait on this kiosk.</source>
        <translation>A rede respondeu com outra página (login do Wi-Fi?), não com o servidor de gestão. Entre na rede ou use outra. Os registros aguardam neste quiosque.</translation>
    </message>
    <message>
        <source>The server asked the kiosk to send more slowly. The kiosk waits and tries again by itself.</source>
        <translation>O servidor pediu ao quiosque que envie mais devagar. O quiosque espera e tenta de novo sozinho.</translation>
    </message>
    <message>
        <source>The server asked to send some records again later. The kiosk does this by itself.</source>
        <translation>O servidor pediu para enviar alguns registros de novo mais tarde. O quiosque faz isso sozinho.</translation>
    </message>
    <message>
        <source>The server did not answer in time. The kiosk tries again by itself. Records wait on this kiosk.</source>
        <translation>O servidor não respondeu a tempo. O quiosque tenta de novo sozinho. Os registros aguardam neste quiosque.</translation>
    </message>
    <message>
        <source>The server did not confirm every record. The kiosk sends the others again by itself.</source>
        <translation>O servidor não confirmou todos os registros. O quiosque envia os outros de novo sozinho.</translation>
    </message>
    <message>
        <source>The server refused all records: probably a settings problem (is the shelter ID registered?). Check the settings, then press Send now.</source>
        <translation>O servidor recusou todos os registros: provavelmente um problema de configuração (o ID do abrigo está cadastrado?). Verifique as configurações e toque em &quot;Enviar agora&quot;.</translation>
    </message>
    <message>
        <source>The server refused the API token. Nothing is sent until the correct token is set in the settings.</source>
        <translation>O servidor recusou o token da API. Nada é enviado até que o token correto seja definido nas configurações.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large. Nothing is lost; the kiosk tries again. If this stays, tell IT.</source>
        <translation>A resposta do servidor foi grande demais. Nada se perdeu; o quiosque tenta de novo. Se continuar, avise a TI.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted. If the city uses its own certificate authority, IT must set the CA file in the settings. Records wait on this kiosk.</source>
        <translation>O certificado do servidor não é confiável. Se a prefeitura usa a sua própria autoridade certificadora, a TI deve indicar o arquivo CA nas configurações. Os registros aguardam neste quiosque.</translation>
    </message>
    <message>
        <source>The server&apos;s name cannot be found. Check the network; if it works, IT must check the API URL in the settings. Records wait on this kiosk.</source>
        <translation>O nome do servidor não foi encontrado. Verifique a rede; se ela funcionar, a TI deve conferir a URL da API nas configurações. Os registros aguardam neste quiosque.</translation>
    </message>
    <message>
        <source>This terminal&apos;s clock is {minutes} minutes off. Please set the date and time.</source>
        <translation>O relógio deste terminal está {minutes} minutos errado. Acerte a data e a hora.</translation>
    </message>
    <message>
        <source>record {record}</source>
        <translation>registro {record}</translation>
    </message>
    <message>
        <source>server code {code}</source>
        <translation>código do servidor {code}</translation>
    </message>
</context>
<context>
    <name>TakeCard</name>
    <message>
        <source>Please take your card</source>
        <translation>Retire o seu cartão</translation>
    </message>
    <message>
        <source>Your card is still on the reader. To start again, take it and place it again.</source>
        <translation>O seu cartão ainda está no leitor. Para começar de novo, retire-o e coloque-o outra vez.</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>TRAINING MODE: every new record is a training record</source>
        <translation>MODO DE TREINO: todo registro novo é de treino</translation>
    </message>
</context>
</TS>
