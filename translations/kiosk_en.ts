<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>Camera</name>
    <message>
        <source>Ask staff</source>
        <translation>Ask staff</translation>
    </message>
    <message>
        <source>Checking. Please stay still.</source>
        <translation>Checking. Please stay still.</translation>
    </message>
    <message>
        <source>Hold the card still, please.</source>
        <translation>Hold the card still, please.</translation>
    </message>
    <message>
        <source>Hold the front of your card up to the camera above the screen, about a hand&apos;s width away, and keep it still.</source>
        <translation>Hold the front of your card up to the camera above the screen, about a hand&apos;s width away, and keep it still.</translation>
    </message>
    <message>
        <source>Hold the front of your card up to the camera.</source>
        <translation>Hold the front of your card up to the camera.</translation>
    </message>
    <message>
        <source>Leave your card on the reader with the photo side up, under the camera, and keep it still.</source>
        <translation>Leave your card on the reader with the photo side up, under the camera, and keep it still.</translation>
    </message>
    <message>
        <source>No picture is kept, and nothing of your face is sent.</source>
        <translation>No picture is kept, and nothing of your face is sent.</translation>
    </message>
    <message>
        <source>Now put your card back on the reader.</source>
        <translation>Now put your card back on the reader.</translation>
    </message>
    <message>
        <source>One person at a time, please.</source>
        <translation>One person at a time, please.</translation>
    </message>
    <message>
        <source>Please come a little closer.</source>
        <translation>Please come a little closer.</translation>
    </message>
    <message>
        <source>Please look at the camera</source>
        <translation>Please look at the camera</translation>
    </message>
    <message>
        <source>Please look at the camera.</source>
        <translation>Please look at the camera.</translation>
    </message>
    <message>
        <source>Show the front of your card to the camera</source>
        <translation>Show the front of your card to the camera</translation>
    </message>
    <message>
        <source>Show the front of your card to the camera, photo side up.</source>
        <translation>Show the front of your card to the camera, photo side up.</translation>
    </message>
    <message>
        <source>The camera reads only the birth date, the expiry year and the security code. No picture is kept.</source>
        <translation>The camera reads only the birth date, the expiry year and the security code. No picture is kept.</translation>
    </message>
    <message>
        <source>Type the numbers</source>
        <translation>Type the numbers</translation>
    </message>
    <message>
        <source>Use my PIN instead</source>
        <translation>Use my PIN instead</translation>
    </message>
    <message>
        <source>Your face is compared with the photo on your card. Take off a mask or sunglasses if you can.</source>
        <translation>Your face is compared with the photo on your card. Take off a mask or sunglasses if you can.</translation>
    </message>
</context>
<context>
    <name>Checkout</name>
    <message>
        <source>Are you leaving the shelter now?</source>
        <translation>Are you leaving the shelter now?</translation>
    </message>
    <message>
        <source>No, I am still staying</source>
        <translation>No, I am still staying</translation>
    </message>
    <message>
        <source>Yes, I am leaving (check out)</source>
        <translation>Yes, I am leaving (check out)</translation>
    </message>
    <message>
        <source>You are checked in at this shelter. If you check out, the time you leave is recorded.</source>
        <translation>You are checked in at this shelter. If you check out, the time you leave is recorded.</translation>
    </message>
    <message>
        <source>{name}, are you leaving this shelter?</source>
        <translation>{name}, are you leaving this shelter?</translation>
    </message>
</context>
<context>
    <name>CodeB</name>
    <message>
        <source>1 Birth date (YY MM DD)</source>
        <translation>1 Birth date (YY MM DD)</translation>
    </message>
    <message>
        <source>2 Card valid until (year)</source>
        <translation>2 Card valid until (year)</translation>
    </message>
    <message>
        <source>3 Security code (under the photo)</source>
        <translation>3 Security code (under the photo)</translation>
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
        <translation>The camera read these numbers. Please check them with your card, then press OK.</translation>
    </message>
    <message>
        <source>Type the numbers printed on your card</source>
        <translation>Type the numbers printed on your card</translation>
    </message>
    <message>
        <source>Western year</source>
        <translation>Western year</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
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
        <translation>10 or 11 digits, starting with 0. To leave none, press Clear.</translation>
    </message>
    <message>
        <source>Add a phone number (optional)</source>
        <translation>Add a phone number (optional)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Correct</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Is this you?</source>
        <translation>Is this you?</translation>
    </message>
    <message>
        <source>Japanese era</source>
        <translation>Japanese era</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Message to staff (optional)</source>
        <translation>Message to staff (optional)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>Not correct: call staff</source>
        <translation>Not correct: call staff</translation>
    </message>
    <message>
        <source>Phone number (optional)</source>
        <translation>Phone number (optional)</translation>
    </message>
    <message>
        <source>Phone: {number}</source>
        <translation>Phone: {number}</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Show as {calendar}</source>
        <translation>Show as {calendar}</translation>
    </message>
    <message>
        <source>Tell staff (optional, touch all that apply):</source>
        <translation>Tell staff (optional, touch all that apply):</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Western year</source>
        <translation>Western year</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>Agree</source>
        <translation>Agree</translation>
    </message>
    <message>
        <source>Camera: after your PIN, it compares your face with the photo on your card. No picture is kept, and nothing of your face is sent.</source>
        <translation>Camera: after your PIN, it compares your face with the photo on your card. No picture is kept, and nothing of your face is sent.</translation>
    </message>
    <message>
        <source>Camera: it reads the numbers printed on the front of your card, so you need no PIN. No picture is kept.</source>
        <translation>Camera: it reads the numbers printed on the front of your card, so you need no PIN. No picture is kept.</translation>
    </message>
    <message>
        <source>Camera: it reads the numbers printed on your card and compares your face with the photo on the card, so you need no PIN. No picture is kept, and nothing of your face is sent.</source>
        <translation>Camera: it reads the numbers printed on your card and compares your face with the photo on the card, so you need no PIN. No picture is kept, and nothing of your face is sent.</translation>
    </message>
    <message>
        <source>Consent text version {version}</source>
        <translation>Consent text version {version}</translation>
    </message>
    <message>
        <source>May we read your card?</source>
        <translation>May we read your card?</translation>
    </message>
    <message>
        <source>Nothing else is read from your licence. Your PIN is not saved.</source>
        <translation>Nothing else is read from your licence. Your PIN is not saved.</translation>
    </message>
    <message>
        <source>We do not read your My Number (12 digits). Your PIN is not saved.</source>
        <translation>We do not read your My Number (12 digits). Your PIN is not saved.</translation>
    </message>
    <message>
        <source>We will read: your name, address and birth date.</source>
        <translation>We will read: your name, address and birth date.</translation>
    </message>
    <message>
        <source>We will read: your name, address, birth date and sex.</source>
        <translation>We will read: your name, address, birth date and sex.</translation>
    </message>
    <message>
        <source>Why: so the city knows you are safe in this shelter and can bring help and supplies.</source>
        <translation>Why: so the city knows you are safe in this shelter and can bring help and supplies.</translation>
    </message>
    <message>
        <source>Why: to find your check-in at this shelter and record the time you leave, so the city knows you are no longer here.</source>
        <translation>Why: to find your check-in at this shelter and record the time you leave, so the city knows you are no longer here.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>A card the kiosk does not read</source>
        <translation>A card the kiosk does not read</translation>
    </message>
    <message>
        <source>DEMO: for practice only. Sample cards; nothing here is a real check-in.</source>
        <translation>DEMO: for practice only. Sample cards; nothing here is a real check-in.</translation>
    </message>
    <message>
        <source>Demo cards</source>
        <translation>Demo cards</translation>
    </message>
    <message>
        <source>Driver&apos;s licence — Yamada Taro</source>
        <translation>Driver&apos;s licence — Yamada Taro</translation>
    </message>
    <message>
        <source>Driver&apos;s licence, rare kanji — Takasaki Jun</source>
        <translation>Driver&apos;s licence, rare kanji — Takasaki Jun</translation>
    </message>
    <message>
        <source>Face check: card 1&apos;s photo is taken from the face camera&apos;s first picture of a face. It is kept in memory only and forgotten when the demo ends.</source>
        <translation>Face check: card 1&apos;s photo is taken from the face camera&apos;s first picture of a face. It is kept in memory only and forgotten when the demo ends.</translation>
    </message>
    <message>
        <source>Face check: needs a face camera in the settings; without one it cannot be done.</source>
        <translation>Face check: needs a face camera in the settings; without one it cannot be done.</translation>
    </message>
    <message>
        <source>Locked My Number card — Tanaka Jiro</source>
        <translation>Locked My Number card — Tanaka Jiro</translation>
    </message>
    <message>
        <source>My Number card with one try left — Suzuki Ichiro</source>
        <translation>My Number card with one try left — Suzuki Ichiro</translation>
    </message>
    <message>
        <source>My Number card — Kokuto Mikiya</source>
        <translation>My Number card — Kokuto Mikiya</translation>
    </message>
    <message>
        <source>My Number card, long address — Hasegawa Chiyoko</source>
        <translation>My Number card, long address — Hasegawa Chiyoko</translation>
    </message>
    <message>
        <source>My Number card, one-part name — AYANA</source>
        <translation>My Number card, one-part name — AYANA</translation>
    </message>
    <message>
        <source>Take the card away</source>
        <translation>Take the card away</translation>
    </message>
</context>
<context>
    <name>Done</name>
    <message>
        <source>Please go to the reception desk. Staff will show you where to stay and where to find water, food and blankets.</source>
        <translation>Please go to the reception desk. Staff will show you where to stay and where to find water, food and blankets.</translation>
    </message>
    <message>
        <source>Please take your card. Thank you.</source>
        <translation>Please take your card. Thank you.</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>What to do next</translation>
    </message>
    <message>
        <source>You are checked in</source>
        <translation>You are checked in</translation>
    </message>
    <message>
        <source>You are checked out</source>
        <translation>You are checked out</translation>
    </message>
</context>
<context>
    <name>Era</name>
    <message>
        <source>Choose the one that looks like your card.</source>
        <translation>Choose the one that looks like your card.</translation>
    </message>
    <message>
        <source>How is the birth date written on your card?</source>
        <translation>How is the birth date written on your card?</translation>
    </message>
    <message>
        <source>Japanese era: {date}</source>
        <translation>Japanese era: {date}</translation>
    </message>
    <message>
        <source>Western: {date}</source>
        <translation>Western: {date}</translation>
    </message>
</context>
<context>
    <name>Idle</name>
    <message>
        <source>Check in (arrive)</source>
        <translation>Check in (arrive)</translation>
    </message>
    <message>
        <source>Check in: please place your card on the reader</source>
        <translation>Check in: please place your card on the reader</translation>
    </message>
    <message>
        <source>Check out (leave)</source>
        <translation>Check out (leave)</translation>
    </message>
    <message>
        <source>Check out: please place your card on the reader</source>
        <translation>Check out: please place your card on the reader</translation>
    </message>
    <message>
        <source>Evacuation shelter</source>
        <translation>Evacuation shelter</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <source>My Number card or driver&apos;s licence. Leave it there.</source>
        <translation>My Number card or driver&apos;s licence. Leave it there.</translation>
    </message>
    <message>
        <source>No card?</source>
        <translation>No card?</translation>
    </message>
    <message>
        <source>No card? Register with your phone</source>
        <translation>No card? Register with your phone</translation>
    </message>
    <message>
        <source>Please place your card on the reader</source>
        <translation>Please place your card on the reader</translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
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
        <translation>Back to the staff menu</translation>
    </message>
    <message>
        <source>New shelter code</source>
        <translation>New shelter code</translation>
    </message>
    <message>
        <source>No other terminal found yet.</source>
        <translation>No other terminal found yet.</translation>
    </message>
    <message>
        <source>Not paired. On the first terminal choose a new shelter code; type it on the others.</source>
        <translation>Not paired. On the first terminal choose a new shelter code; type it on the others.</translation>
    </message>
    <message>
        <source>Pair with this code</source>
        <translation>Pair with this code</translation>
    </message>
    <message>
        <source>Pairing failed. Try again.</source>
        <translation>Pairing failed. Try again.</translation>
    </message>
    <message>
        <source>Pairing...</source>
        <translation>Pairing...</translation>
    </message>
    <message>
        <source>Phone page certificate: {fingerprint}</source>
        <translation>Phone page certificate: {fingerprint}</translation>
    </message>
    <message>
        <source>Set the shelter id first.</source>
        <translation>Set the shelter id first.</translation>
    </message>
    <message>
        <source>Shelter LAN and phones</source>
        <translation>Shelter LAN and phones</translation>
    </message>
    <message>
        <source>Shelter LAN and phones</source>
        <comment>plain settings button</comment>
        <translation>Shelter LAN and phones</translation>
    </message>
    <message>
        <source>Shelter code</source>
        <translation>Shelter code</translation>
    </message>
    <message>
        <source>Switch the shelter LAN on in the settings first.</source>
        <translation>Switch the shelter LAN on in the settings first.</translation>
    </message>
    <message>
        <source>That is not a shelter code: 12 letters and digits, as shown.</source>
        <translation>That is not a shelter code: 12 letters and digits, as shown.</translation>
    </message>
    <message>
        <source>The phone registration could not start. Restart the terminal; if it happens again, call IT.</source>
        <translation>The phone registration could not start. Restart the terminal; if it happens again, call IT.</translation>
    </message>
    <message>
        <source>The phone registration could not start: its port is in use. Change it in the settings.</source>
        <translation>The phone registration could not start: its port is in use. Change it in the settings.</translation>
    </message>
    <message>
        <source>The phone registration could not start: the listen address in the settings file is not this terminal&apos;s. Ask IT to correct it.</source>
        <translation>The phone registration could not start: the listen address in the settings file is not this terminal&apos;s. Ask IT to correct it.</translation>
    </message>
    <message>
        <source>The phone registration is off.</source>
        <translation>The phone registration is off.</translation>
    </message>
    <message>
        <source>The shelter LAN could not start. Restart the terminal; if it happens again, call IT.</source>
        <translation>The shelter LAN could not start. Restart the terminal; if it happens again, call IT.</translation>
    </message>
    <message>
        <source>The shelter LAN could not start: its port is in use. Change it in the settings.</source>
        <translation>The shelter LAN could not start: its port is in use. Change it in the settings.</translation>
    </message>
    <message>
        <source>The shelter LAN could not start: the listen address in the settings file is not this terminal&apos;s. Ask IT to correct it.</source>
        <translation>The shelter LAN could not start: the listen address in the settings file is not this terminal&apos;s. Ask IT to correct it.</translation>
    </message>
    <message>
        <source>The shelter LAN is off (settings: [lan] enabled).</source>
        <translation>The shelter LAN is off (settings: [lan] enabled).</translation>
    </message>
    <message>
        <source>This terminal is paired.</source>
        <translation>This terminal is paired.</translation>
    </message>
    <message>
        <source>Unpair</source>
        <translation>Unpair</translation>
    </message>
    <message>
        <source>an error on that terminal</source>
        <translation>an error on that terminal</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connected</translation>
    </message>
    <message>
        <source>does not answer in time</source>
        <translation>does not answer in time</translation>
    </message>
    <message>
        <source>its answer was not authentic</source>
        <translation>its answer was not authentic</translation>
    </message>
    <message>
        <source>its clock differs by {seconds} seconds: set the clocks</source>
        <translation>its clock differs by {seconds} seconds: set the clocks</translation>
    </message>
    <message>
        <source>not reachable on the network</source>
        <translation>not reachable on the network</translation>
    </message>
    <message>
        <source>paired with another code: pair it again</source>
        <translation>paired with another code: pair it again</translation>
    </message>
    <message>
        <source>problem: {code}</source>
        <translation>problem: {code}</translation>
    </message>
    <message>
        <source>records waiting for it: {count}</source>
        <translation>records waiting for it: {count}</translation>
    </message>
    <message>
        <source>waiting for it</source>
        <translation>waiting for it</translation>
    </message>
</context>
<context>
    <name>Method</name>
    <message>
        <source>How do you want to open your card?</source>
        <translation>How do you want to open your card?</translation>
    </message>
    <message>
        <source>With my 4-digit PIN</source>
        <translation>With my 4-digit PIN</translation>
    </message>
    <message>
        <source>Without PIN and without typing: show the front of the card to the camera</source>
        <translation>Without PIN and without typing: show the front of the card to the camera</translation>
    </message>
    <message>
        <source>Without PIN: with my birth date, the card&apos;s expiry year and the security code printed on the card</source>
        <translation>Without PIN: with my birth date, the card&apos;s expiry year and the security code printed on the card</translation>
    </message>
</context>
<context>
    <name>MoreTime</name>
    <message>
        <source>Do you need more time?</source>
        <translation>Do you need more time?</translation>
    </message>
    <message numerus="yes">
        <source>If nobody touches the screen, everything is cleared in %n seconds.</source>
        <translation>
            <numerusform>If nobody touches the screen, everything is cleared in %n second.</numerusform>
            <numerusform>If nobody touches the screen, everything is cleared in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>No, finish</source>
        <translation>No, finish</translation>
    </message>
    <message>
        <source>Yes, more time</source>
        <translation>Yes, more time</translation>
    </message>
</context>
<context>
    <name>NoCard</name>
    <message>
        <source>No card? Please go to the staff desk</source>
        <translation>No card? Please go to the staff desk</translation>
    </message>
    <message>
        <source>Staff will register you there. You do not need a card. If you cannot walk there, ask anyone nearby to call staff.</source>
        <translation>Staff will register you there. You do not need a card. If you cannot walk there, ask anyone nearby to call staff.</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Check in instead</source>
        <translation>Check in instead</translation>
    </message>
    <message>
        <source>Look at the camera again</source>
        <translation>Look at the camera again</translation>
    </message>
    <message>
        <source>Not sure? Ask staff</source>
        <translation>Not sure? Ask staff</translation>
    </message>
    <message>
        <source>Nothing was changed. Please take your card.</source>
        <translation>Nothing was changed. Please take your card.</translation>
    </message>
    <message>
        <source>Nothing was read from your card. Please go to the staff desk.</source>
        <translation>Nothing was read from your card. Please go to the staff desk.</translation>
    </message>
    <message>
        <source>Nothing was recorded, and your card is safe. Look at the camera and try again, or use your PIN, or ask staff.</source>
        <translation>Nothing was recorded, and your card is safe. Look at the camera and try again, or use your PIN, or ask staff.</translation>
    </message>
    <message>
        <source>Nothing was recorded, and your card is safe. Please use your PIN, or ask staff.</source>
        <translation>Nothing was recorded, and your card is safe. Please use your PIN, or ask staff.</translation>
    </message>
    <message>
        <source>Nothing was recorded. If you are not sure of the number, do not guess: choose another way below.</source>
        <translation>Nothing was recorded. If you are not sure of the number, do not guess: choose another way below.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Please go to the staff desk. Staff will help you.</source>
        <translation>Nothing was recorded. Please go to the staff desk. Staff will help you.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Please take your card and go to the staff desk. Staff will register you.</source>
        <translation>Nothing was recorded. Please take your card and go to the staff desk. Staff will register you.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Please take your card, then place it on the reader again.</source>
        <translation>Nothing was recorded. Please take your card, then place it on the reader again.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Staff will check your details with you.</source>
        <translation>Nothing was recorded. Staff will check your details with you.</translation>
    </message>
    <message>
        <source>Nothing was recorded. To start again, place your card on the reader.</source>
        <translation>Nothing was recorded. To start again, place your card on the reader.</translation>
    </message>
    <message>
        <source>Nothing was sent to your card, and your card is safe. Please use your PIN or type the numbers printed on your card.</source>
        <translation>Nothing was sent to your card, and your card is safe. Please use your PIN or type the numbers printed on your card.</translation>
    </message>
    <message>
        <source>Nothing was tried and nothing was recorded: your card is safe. Staff can register you without the PIN.</source>
        <translation>Nothing was tried and nothing was recorded: your card is safe. Staff can register you without the PIN.</translation>
    </message>
    <message>
        <source>Nothing was tried, and your card is safe. Please take your card and go to the staff desk.</source>
        <translation>Nothing was tried, and your card is safe. Please take your card and go to the staff desk.</translation>
    </message>
    <message>
        <source>Only one try is left</source>
        <translation>Only one try is left</translation>
    </message>
    <message>
        <source>Please check the birth date and the expiry year printed on your card, then type them again.</source>
        <translation>Please check the birth date and the expiry year printed on your card, then type them again.</translation>
    </message>
    <message>
        <source>Please go to the staff desk</source>
        <translation>Please go to the staff desk</translation>
    </message>
    <message>
        <source>Please show your own face, not a photo</source>
        <translation>Please show your own face, not a photo</translation>
    </message>
    <message>
        <source>Please tell the staff. Staff will register you.</source>
        <translation>Please tell the staff. Staff will register you.</translation>
    </message>
    <message>
        <source>Please use a My Number card or a driver&apos;s licence. If you have neither, the staff desk will register you.</source>
        <translation>Please use a My Number card or a driver&apos;s licence. If you have neither, the staff desk will register you.</translation>
    </message>
    <message>
        <source>Staff are at the desk near the entrance.</source>
        <translation>Staff are at the desk near the entrance.</translation>
    </message>
    <message>
        <source>The camera could not see your face</source>
        <translation>The camera could not see your face</translation>
    </message>
    <message>
        <source>The camera is not working</source>
        <translation>The camera is not working</translation>
    </message>
    <message>
        <source>The camera saw a photo or a card instead of a face. Nothing was recorded. Please use your PIN, or ask staff.</source>
        <translation>The camera saw a photo or a card instead of a face. Nothing was recorded. Please use your PIN, or ask staff.</translation>
    </message>
    <message>
        <source>The card could not be read</source>
        <translation>The card could not be read</translation>
    </message>
    <message>
        <source>The card did not answer</source>
        <translation>The card did not answer</translation>
    </message>
    <message>
        <source>The card reader is not working</source>
        <translation>The card reader is not working</translation>
    </message>
    <message>
        <source>The card was taken away</source>
        <translation>The card was taken away</translation>
    </message>
    <message>
        <source>The face check cannot be done now</source>
        <translation>The face check cannot be done now</translation>
    </message>
    <message>
        <source>The number was not correct</source>
        <translation>The number was not correct</translation>
    </message>
    <message>
        <source>There is nothing to check out. To check in, press Check in and place your card.</source>
        <translation>There is nothing to check out. To check in, press Check in and place your card.</translation>
    </message>
    <message>
        <source>This card cannot be checked here</source>
        <translation>This card cannot be checked here</translation>
    </message>
    <message>
        <source>This card cannot be read here</source>
        <translation>This card cannot be read here</translation>
    </message>
    <message>
        <source>This card is locked</source>
        <translation>This card is locked</translation>
    </message>
    <message>
        <source>This date does not exist</source>
        <translation>This date does not exist</translation>
    </message>
    <message>
        <source>This kiosk is not ready yet</source>
        <translation>This kiosk is not ready yet</translation>
    </message>
    <message>
        <source>This kiosk takes no registrations now. Please go to the staff desk.</source>
        <translation>This kiosk takes no registrations now. Please go to the staff desk.</translation>
    </message>
    <message>
        <source>This shelter is closed</source>
        <translation>This shelter is closed</translation>
    </message>
    <message>
        <source>To protect your card from locking, this kiosk will not try again. Please take your card and go to the staff desk.</source>
        <translation>To protect your card from locking, this kiosk will not try again. Please take your card and go to the staff desk.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Use my PIN instead</source>
        <translation>Use my PIN instead</translation>
    </message>
    <message>
        <source>Use the camera instead</source>
        <translation>Use the camera instead</translation>
    </message>
    <message>
        <source>Use the numbers printed on the card instead</source>
        <translation>Use the numbers printed on the card instead</translation>
    </message>
    <message>
        <source>You are not checked in at this shelter</source>
        <translation>You are not checked in at this shelter</translation>
    </message>
    <message>
        <source>You are still registered here</source>
        <translation>You are still registered here</translation>
    </message>
    <message>
        <source>Your face did not match the photo on the card</source>
        <translation>Your face did not match the photo on the card</translation>
    </message>
    <message>
        <source>Your registration could not be saved</source>
        <translation>Your registration could not be saved</translation>
    </message>
</context>
<context>
    <name>OutOfService</name>
    <message>
        <source>Error code for staff: {code}</source>
        <translation>Error code for staff: {code}</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Out of service</translation>
    </message>
    <message>
        <source>Sorry, something went wrong. Please see the staff.</source>
        <translation>Sorry, something went wrong. Please see the staff.</translation>
    </message>
</context>
<context>
    <name>Pin</name>
    <message numerus="yes">
        <source>%n tries left</source>
        <translation>
            <numerusform>%n try left</numerusform>
            <numerusform>%n tries left</numerusform>
        </translation>
    </message>
    <message>
        <source>Careful: if the next PIN is wrong, the kiosk stops and you must see staff. If you are not sure, press Cancel and ask staff.</source>
        <translation>Careful: if the next PIN is wrong, the kiosk stops and you must see staff. If you are not sure, press Cancel and ask staff.</translation>
    </message>
    <message>
        <source>Forgot the PIN? Use the camera</source>
        <translation>Forgot the PIN? Use the camera</translation>
    </message>
    <message>
        <source>Forgot the PIN? Use the numbers printed on the card</source>
        <translation>Forgot the PIN? Use the numbers printed on the card</translation>
    </message>
    <message>
        <source>I do not know my PIN</source>
        <translation>I do not know my PIN</translation>
    </message>
    <message>
        <source>PIN 1 is the 4-digit number chosen when the licence was made. If you never chose one or do not remember it, do not guess: staff will register you.</source>
        <translation>PIN 1 is the 4-digit number chosen when the licence was made. If you never chose one or do not remember it, do not guess: staff will register you.</translation>
    </message>
    <message>
        <source>The PIN you chose for this card. It is not shown and not spoken.</source>
        <translation>The PIN you chose for this card. It is not shown and not spoken.</translation>
    </message>
    <message>
        <source>Type PIN 1 of your driver&apos;s licence (4 digits)</source>
        <translation>Type PIN 1 of your driver&apos;s licence (4 digits)</translation>
    </message>
    <message>
        <source>Type your 4-digit PIN</source>
        <translation>Type your 4-digit PIN</translation>
    </message>
</context>
<context>
    <name>Prompt</name>
    <message>
        <source>Check in. Please place your card on the reader.</source>
        <translation>Check in. Please place your card on the reader.</translation>
    </message>
    <message>
        <source>Check out. Please place your card on the reader.</source>
        <translation>Check out. Please place your card on the reader.</translation>
    </message>
    <message>
        <source>Do you need more time? Please touch the screen.</source>
        <translation>Do you need more time? Please touch the screen.</translation>
    </message>
    <message>
        <source>Done. Please take your card.</source>
        <translation>Done. Please take your card.</translation>
    </message>
    <message>
        <source>If you have no card, please go to the staff desk.</source>
        <translation>If you have no card, please go to the staff desk.</translation>
    </message>
    <message>
        <source>Please check your details on the screen, then press Correct.</source>
        <translation>Please check your details on the screen, then press Correct.</translation>
    </message>
    <message>
        <source>Please choose how to open your card.</source>
        <translation>Please choose how to open your card.</translation>
    </message>
    <message>
        <source>Please choose how your birth date is shown.</source>
        <translation>Please choose how your birth date is shown.</translation>
    </message>
    <message>
        <source>Please look at the camera. Your face is compared with the photo on your card. No picture is kept.</source>
        <translation>Please look at the camera. Your face is compared with the photo on your card. No picture is kept.</translation>
    </message>
    <message>
        <source>Please place your card on the reader.</source>
        <translation>Please place your card on the reader.</translation>
    </message>
    <message>
        <source>Please read on the screen what we read from your card, then press Agree.</source>
        <translation>Please read on the screen what we read from your card, then press Agree.</translation>
    </message>
    <message>
        <source>Please read the message on the screen.</source>
        <translation>Please read the message on the screen.</translation>
    </message>
    <message>
        <source>Please show the front of your card to the camera and keep it still.</source>
        <translation>Please show the front of your card to the camera and keep it still.</translation>
    </message>
    <message>
        <source>Please type your birth date, the card&apos;s expiry year and the four digit security code under the photo.</source>
        <translation>Please type your birth date, the card&apos;s expiry year and the four digit security code under the photo.</translation>
    </message>
    <message>
        <source>Please type your four digit PIN. It is not shown and not spoken.</source>
        <translation>Please type your four digit PIN. It is not shown and not spoken.</translation>
    </message>
    <message>
        <source>Reading your card. Please do not remove it.</source>
        <translation>Reading your card. Please do not remove it.</translation>
    </message>
    <message>
        <source>Saving. Please wait.</source>
        <translation>Saving. Please wait.</translation>
    </message>
    <message>
        <source>This kiosk is out of service. Please see the staff.</source>
        <translation>This kiosk is out of service. Please see the staff.</translation>
    </message>
    <message>
        <source>You are checked in here. Are you leaving the shelter?</source>
        <translation>You are checked in here. Are you leaving the shelter?</translation>
    </message>
    <message>
        <source>You are checked in. Please take your card.</source>
        <translation>You are checked in. Please take your card.</translation>
    </message>
    <message>
        <source>You are checked out. Please take your card.</source>
        <translation>You are checked out. Please take your card.</translation>
    </message>
</context>
<context>
    <name>Quarantine</name>
    <message>
        <source>Records on hold (tell IT):</source>
        <translation>Records on hold (tell IT):</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>and {count} more</translation>
    </message>
    <message>
        <source>it holds a value this kiosk version does not know (a newer version?)</source>
        <translation>it holds a value this kiosk version does not know (a newer version?)</translation>
    </message>
    <message>
        <source>its details do not match their seal (changed or damaged)</source>
        <translation>its details do not match their seal (changed or damaged)</translation>
    </message>
    <message>
        <source>its personal data cannot be opened on this kiosk (another key, or damaged)</source>
        <translation>its personal data cannot be opened on this kiosk (another key, or damaged)</translation>
    </message>
    <message>
        <source>record {record}: {reason}</source>
        <translation>record {record}: {reason}</translation>
    </message>
    <message>
        <source>the server refused it</source>
        <translation>the server refused it</translation>
    </message>
</context>
<context>
    <name>Reading</name>
    <message>
        <source>Please do not remove your card.</source>
        <translation>Please do not remove your card.</translation>
    </message>
    <message>
        <source>Please wait a moment.</source>
        <translation>Please wait a moment.</translation>
    </message>
    <message>
        <source>Reading your card…</source>
        <translation>Reading your card…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>Registration</name>
    <message numerus="yes">
        <source>%n people registered.</source>
        <translation>
            <numerusform>%n person registered.</numerusform>
            <numerusform>%n people registered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records could not be read.</source>
        <translation>
            <numerusform>%n record could not be read.</numerusform>
            <numerusform>%n records could not be read.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add another member</source>
        <translation>Add another member</translation>
    </message>
    <message>
        <source>Already checked out: nothing was recorded.</source>
        <translation>Already checked out: nothing was recorded.</translation>
    </message>
    <message>
        <source>Already entered: {names}</source>
        <translation>Already entered: {names}</translation>
    </message>
    <message>
        <source>At most {n} people are registered together: register this household, then the others as another one.</source>
        <translation>At most {n} people are registered together: register this household, then the others as another one.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Back to the staff menu</source>
        <translation>Back to the staff menu</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>Check out</translation>
    </message>
    <message>
        <source>Check someone out by hand</source>
        <translation>Check someone out by hand</translation>
    </message>
    <message>
        <source>Check this person out?
{person}</source>
        <translation>Check this person out?
{person}</translation>
    </message>
    <message>
        <source>Checked out.</source>
        <translation>Checked out.</translation>
    </message>
    <message>
        <source>Correct a record</source>
        <translation>Correct a record</translation>
    </message>
    <message>
        <source>Correct the record</source>
        <translation>Correct the record</translation>
    </message>
    <message>
        <source>Member {n} of the household</source>
        <translation>Member {n} of the household</translation>
    </message>
    <message>
        <source>More were found: type more of the name.</source>
        <translation>More were found: type more of the name.</translation>
    </message>
    <message>
        <source>Name or reading</source>
        <translation>Name or reading</translation>
    </message>
    <message>
        <source>No open check-in found.</source>
        <translation>No open check-in found.</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source>Nothing was saved: the record database refused it. Please try again or see IT.</source>
        <translation>Nothing was saved: the record database refused it. Please try again or see IT.</translation>
    </message>
    <message>
        <source>People without a card</source>
        <translation>People without a card</translation>
    </message>
    <message>
        <source>Please check the marked fields: nothing was saved.</source>
        <translation>Please check the marked fields: nothing was saved.</translation>
    </message>
    <message>
        <source>Reading the records...</source>
        <translation>Reading the records...</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Register people without a card</source>
        <translation>Register people without a card</translation>
    </message>
    <message>
        <source>Same address as the first member</source>
        <translation>Same address as the first member</translation>
    </message>
    <message>
        <source>Save the correction</source>
        <translation>Save the correction</translation>
    </message>
    <message>
        <source>Set the shelter id first: nothing can be recorded yet.</source>
        <translation>Set the shelter id first: nothing can be recorded yet.</translation>
    </message>
    <message>
        <source>The correction was saved.</source>
        <translation>The correction was saved.</translation>
    </message>
    <message>
        <source>The record database is not available.</source>
        <translation>The record database is not available.</translation>
    </message>
    <message>
        <source>The records could not be read.</source>
        <translation>The records could not be read.</translation>
    </message>
    <message>
        <source>The shelter settings changed: nothing was recorded. Please start again.</source>
        <translation>The shelter settings changed: nothing was recorded. Please start again.</translation>
    </message>
    <message>
        <source>Western calendar</source>
        <translation>Western calendar</translation>
    </message>
    <message>
        <source>Who is checking out?</source>
        <translation>Who is checking out?</translation>
    </message>
    <message>
        <source>Whose record is wrong?</source>
        <translation>Whose record is wrong?</translation>
    </message>
    <message>
        <source>{name}, checked in {time}</source>
        <translation>{name}, checked in {time}</translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message numerus="yes">
        <source>%n training records deleted.</source>
        <translation>
            <numerusform>%n training record deleted.</numerusform>
            <numerusform>%n training records deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n training records wait for the server: delete again once they are sent.</source>
        <translation>
            <numerusform>%n training record waits for the server: delete again once it is sent.</numerusform>
            <numerusform>%n training records wait for the server: delete again once they are sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>90 and over</source>
        <translation>90 and over</translation>
    </message>
    <message>
        <source>Age unknown</source>
        <translation>Age unknown</translation>
    </message>
    <message>
        <source>Back to the staff menu</source>
        <translation>Back to the staff menu</translation>
    </message>
    <message>
        <source>By age</source>
        <translation>By age</translation>
    </message>
    <message>
        <source>Capacity (people)</source>
        <translation>Capacity (people)</translation>
    </message>
    <message>
        <source>Capacity saved.</source>
        <translation>Capacity saved.</translation>
    </message>
    <message>
        <source>Capacity {capacity}: {rate}% full</source>
        <translation>Capacity {capacity}: {rate}% full</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>Checked out</translation>
    </message>
    <message>
        <source>Checked out: {count}</source>
        <translation>Checked out: {count}</translation>
    </message>
    <message>
        <source>Delete the personal data of every training record on this terminal, the copies from the other terminals included?</source>
        <translation>Delete the personal data of every training record on this terminal, the copies from the other terminals included?</translation>
    </message>
    <message>
        <source>Delete the training records</source>
        <translation>Delete the training records</translation>
    </message>
    <message>
        <source>End training mode</source>
        <translation>End training mode</translation>
    </message>
    <message>
        <source>End training mode? Records made from now on are real.</source>
        <translation>End training mode? Records made from now on are real.</translation>
    </message>
    <message>
        <source>Export the roster to the USB stick</source>
        <translation>Export the roster to the USB stick</translation>
    </message>
    <message>
        <source>Folder on the USB stick</source>
        <translation>Folder on the USB stick</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Households inside: {count}</source>
        <translation>Households inside: {count}</translation>
    </message>
    <message>
        <source>Injured</source>
        <translation>Injured</translation>
    </message>
    <message>
        <source>Inside now: {count}</source>
        <translation>Inside now: {count}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Needs assistance</source>
        <translation>Needs assistance</translation>
    </message>
    <message>
        <source>Needs medical care</source>
        <translation>Needs medical care</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>No capacity set: type it below.</source>
        <translation>No capacity set: type it below.</translation>
    </message>
    <message>
        <source>Not saved: the USB stick is full.</source>
        <translation>Not saved: the USB stick is full.</translation>
    </message>
    <message>
        <source>Not saved: the folder cannot be written. Is the USB stick in?</source>
        <translation>Not saved: the folder cannot be written. Is the USB stick in?</translation>
    </message>
    <message>
        <source>Only people inside now</source>
        <translation>Only people inside now</translation>
    </message>
    <message>
        <source>Passphrase (12 or more characters)</source>
        <translation>Passphrase (12 or more characters)</translation>
    </message>
    <message>
        <source>Personal data deleted: {count}</source>
        <translation>Personal data deleted: {count}</translation>
    </message>
    <message>
        <source>Pregnant</source>
        <translation>Pregnant</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Reading</translation>
    </message>
    <message>
        <source>Records not readable here: {count}</source>
        <translation>Records not readable here: {count}</translation>
    </message>
    <message>
        <source>Roster and counts</source>
        <translation>Roster and counts</translation>
    </message>
    <message>
        <source>Saved {file}: {count} people, NOT encrypted.</source>
        <translation>Saved {file}: {count} people, NOT encrypted.</translation>
    </message>
    <message>
        <source>Saved {file}: {count} people, encrypted.</source>
        <translation>Saved {file}: {count} people, encrypted.</translation>
    </message>
    <message>
        <source>Search by name or reading</source>
        <translation>Search by name or reading</translation>
    </message>
    <message>
        <source>Set the capacity</source>
        <translation>Set the capacity</translation>
    </message>
    <message>
        <source>Special needs</source>
        <translation>Special needs</translation>
    </message>
    <message>
        <source>Start training mode</source>
        <translation>Start training mode</translation>
    </message>
    <message>
        <source>Start training mode? Every record made from now on is a training record, kept apart from the real ones.</source>
        <translation>Start training mode? Every record made from now on is a training record, kept apart from the real ones.</translation>
    </message>
    <message>
        <source>The capacity is a number up to 100000.</source>
        <translation>The capacity is a number up to 100000.</translation>
    </message>
    <message>
        <source>The passphrase needs at least 12 characters.</source>
        <translation>The passphrase needs at least 12 characters.</translation>
    </message>
    <message>
        <source>The record database is not available.</source>
        <translation>The record database is not available.</translation>
    </message>
    <message>
        <source>The records could not be read: {code}</source>
        <translation>The records could not be read: {code}</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>The same passphrase again</translation>
    </message>
    <message>
        <source>The training records could not be deleted: {code}</source>
        <translation>The training records could not be deleted: {code}</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>Training mode: only training records are shown and counted.</source>
        <translation>Training mode: only training records are shown and counted.</translation>
    </message>
    <message>
        <source>Type the folder of the USB stick.</source>
        <translation>Type the folder of the USB stick.</translation>
    </message>
    <message>
        <source>With a pet</source>
        <translation>With a pet</translation>
    </message>
    <message>
        <source>Without encryption (plain CSV)</source>
        <translation>Without encryption (plain CSV)</translation>
    </message>
    <message>
        <source>Write the roster WITHOUT encryption? Anyone who finds the USB stick can read every name and address.</source>
        <translation>Write the roster WITHOUT encryption? Anyone who finds the USB stick can read every name and address.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>ended by a later check-in</source>
        <translation>ended by a later check-in</translation>
    </message>
    <message>
        <source>inside</source>
        <translation>inside</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>API token</source>
        <translation>API token</translation>
    </message>
    <message>
        <source>Address in the QR code (empty: found by itself)</source>
        <translation>Address in the QR code (empty: found by itself)</translation>
    </message>
    <message>
        <source>After a check-in, tell people (empty: the standard text)</source>
        <translation>After a check-in, tell people (empty: the standard text)</translation>
    </message>
    <message>
        <source>App settings</source>
        <translation>App settings</translation>
    </message>
    <message>
        <source>Ask for 和暦 / 西暦 birth date display</source>
        <translation>Ask for 和暦 / 西暦 birth date display</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Card camera (device number)</source>
        <translation>Card camera (device number)</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>Default language</translation>
    </message>
    <message>
        <source>Face camera (device number)</source>
        <translation>Face camera (device number)</translation>
    </message>
    <message>
        <source>Language and voice</source>
        <translation>Language and voice</translation>
    </message>
    <message>
        <source>Management API URL</source>
        <translation>Management API URL</translation>
    </message>
    <message>
        <source>Management server</source>
        <translation>Management server</translation>
    </message>
    <message>
        <source>Not saved: the settings file could not be written.</source>
        <translation>Not saved: the settings file could not be written.</translation>
    </message>
    <message>
        <source>Not saved: type the API token for the new API URL.</source>
        <translation>Not saved: type the API token for the new API URL.</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>Not saved: {problem}</translation>
    </message>
    <message>
        <source>Off: PIN or typed numbers</source>
        <translation>Off: PIN or typed numbers</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Other terminals&apos; addresses (host:port, separated by commas)</source>
        <translation>Other terminals&apos; addresses (host:port, separated by commas)</translation>
    </message>
    <message>
        <source>PIN, then match the face</source>
        <translation>PIN, then match the face</translation>
    </message>
    <message>
        <source>Phone page port</source>
        <translation>Phone page port</translation>
    </message>
    <message>
        <source>Phone registration</source>
        <translation>Phone registration</translation>
    </message>
    <message>
        <source>Read the card face</source>
        <translation>Read the card face</translation>
    </message>
    <message>
        <source>Read the card face and match the face</source>
        <translation>Read the card face and match the face</translation>
    </message>
    <message>
        <source>Same camera</source>
        <translation>Same camera</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Saved. Type a new one to replace it.</source>
        <translation>Saved. Type a new one to replace it.</translation>
    </message>
    <message>
        <source>Seconds the result stays on screen</source>
        <translation>Seconds the result stays on screen</translation>
    </message>
    <message>
        <source>Seconds without a touch before asking for more time</source>
        <translation>Seconds without a touch before asking for more time</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Shelter</translation>
    </message>
    <message>
        <source>Shelter ID</source>
        <translation>Shelter ID</translation>
    </message>
    <message>
        <source>Shelter LAN</source>
        <translation>Shelter LAN</translation>
    </message>
    <message>
        <source>Shelter LAN port</source>
        <translation>Shelter LAN port</translation>
    </message>
    <message>
        <source>Shelter name</source>
        <translation>Shelter name</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Times</translation>
    </message>
    <message>
        <source>Voice guidance</source>
        <translation>Voice guidance</translation>
    </message>
    <message>
        <source>Where the staff desk is (empty: the standard text)</source>
        <translation>Where the staff desk is (empty: the standard text)</translation>
    </message>
</context>
<context>
    <name>Situation</name>
    <message>
        <source>I am injured</source>
        <translation>I am injured</translation>
    </message>
    <message>
        <source>I am pregnant</source>
        <translation>I am pregnant</translation>
    </message>
    <message>
        <source>I came with a pet</source>
        <translation>I came with a pet</translation>
    </message>
    <message>
        <source>I need help to move or live here</source>
        <translation>I need help to move or live here</translation>
    </message>
    <message>
        <source>I need medical care</source>
        <translation>I need medical care</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>All records are sent. You can quit the kiosk.</source>
        <translation>All records are sent. You can quit the kiosk.</translation>
    </message>
    <message>
        <source>App settings</source>
        <translation>App settings</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>Back to the kiosk</translation>
    </message>
    <message>
        <source>Camera: unplugged or not found. People use the PIN or type the numbers until it is back.</source>
        <translation>Camera: unplugged or not found. People use the PIN or type the numbers until it is back.</translation>
    </message>
    <message>
        <source>Camera: working</source>
        <translation>Camera: working</translation>
    </message>
    <message>
        <source>Connection: OFFLINE</source>
        <translation>Connection: OFFLINE</translation>
    </message>
    <message>
        <source>Connection: no management API configured</source>
        <translation>Connection: no management API configured</translation>
    </message>
    <message>
        <source>Connection: online</source>
        <translation>Connection: online</translation>
    </message>
    <message>
        <source>Connection: the server refused the API token. Check the settings.</source>
        <translation>Connection: the server refused the API token. Check the settings.</translation>
    </message>
    <message>
        <source>Connection: the server refused the records (see its error).</source>
        <translation>Connection: the server refused the records (see its error).</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Create account</translation>
    </message>
    <message>
        <source>Create the first staff account</source>
        <translation>Create the first staff account</translation>
    </message>
    <message>
        <source>Delete personal data now</source>
        <translation>Delete personal data now</translation>
    </message>
    <message>
        <source>Delete personal data now?</source>
        <translation>Delete personal data now?</translation>
    </message>
    <message>
        <source>Last sync: {time}</source>
        <translation>Last sync: {time}</translation>
    </message>
    <message>
        <source>Lines that could not be read: {lines}</source>
        <translation>Lines that could not be read: {lines}</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Log in to open the shelter. The management system is told it opened.</source>
        <translation>Log in to open the shelter. The management system is told it opened.</translation>
    </message>
    <message>
        <source>Log out (quit the app)</source>
        <translation>Log out (quit the app)</translation>
    </message>
    <message>
        <source>Names, addresses and messages are erased from this kiosk for good. It works only after the close notice, once the server has every record.</source>
        <translation>Names, addresses and messages are erased from this kiosk for good. It works only after the close notice, once the server has every record.</translation>
    </message>
    <message>
        <source>No personal data left to delete.</source>
        <translation>No personal data left to delete.</translation>
    </message>
    <message>
        <source>No set-up code was issued. IT: python -m kiosk.staff setup-code</source>
        <translation>No set-up code was issued. IT: python -m kiosk.staff setup-code</translation>
    </message>
    <message>
        <source>No staff account exists on this kiosk yet. Choose a user ID and a password of at least 10 characters.</source>
        <translation>No staff account exists on this kiosk yet. Choose a user ID and a password of at least 10 characters.</translation>
    </message>
    <message>
        <source>No, go back</source>
        <translation>No, go back</translation>
    </message>
    <message>
        <source>Nobody can check in or out until the kiosk is started again. Records that still wait stay safely on this kiosk.</source>
        <translation>Nobody can check in or out until the kiosk is started again. Records that still wait stay safely on this kiosk.</translation>
    </message>
    <message numerus="yes">
        <source>Not deleted: %n records are not yet received by the server. Press Send now and try again when they are sent.</source>
        <translation>
            <numerusform>Not deleted: %n record is not yet received by the server. Press Send now and try again when it is sent.</numerusform>
            <numerusform>Not deleted: %n records are not yet received by the server. Press Send now and try again when they are sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not deleted: send the shelter close notice first.</source>
        <translation>Not deleted: send the shelter close notice first.</translation>
    </message>
    <message>
        <source>Not deleted: the waiting time after the close has not passed yet.</source>
        <translation>Not deleted: the waiting time after the close has not passed yet.</translation>
    </message>
    <message>
        <source>Not everything could be sent yet. The records stay on this kiosk.</source>
        <translation>Not everything could be sent yet. The records stay on this kiosk.</translation>
    </message>
    <message>
        <source>Only shelter staff may open this menu.</source>
        <translation>Only shelter staff may open this menu.</translation>
    </message>
    <message>
        <source>Only shelter staff may quit the kiosk.</source>
        <translation>Only shelter staff may quit the kiosk.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
    <message>
        <source>People without a card</source>
        <translation>People without a card</translation>
    </message>
    <message numerus="yes">
        <source>Personal data deleted from %n records.</source>
        <translation>
            <numerusform>Personal data deleted from %n record.</numerusform>
            <numerusform>Personal data deleted from %n records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Personal data deleted from %n records. The database file is rewritten in a moment to remove old copies; the kiosk does this by itself.</source>
        <translation>
            <numerusform>Personal data deleted from %n record. The database file is rewritten in a moment to remove old copies; the kiosk does this by itself.</numerusform>
            <numerusform>Personal data deleted from %n records. The database file is rewritten in a moment to remove old copies; the kiosk does this by itself.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please choose a harder password: no common words, repeats, runs or the user ID.</source>
        <translation>Please choose a harder password: no common words, repeats, runs or the user ID.</translation>
    </message>
    <message>
        <source>Please enter a user ID.</source>
        <translation>Please enter a user ID.</translation>
    </message>
    <message>
        <source>Quarantined records queued again: {count}</source>
        <translation>Quarantined records queued again: {count}</translation>
    </message>
    <message>
        <source>Quit the kiosk</source>
        <translation>Quit the kiosk</translation>
    </message>
    <message>
        <source>Quit the kiosk?</source>
        <translation>Quit the kiosk?</translation>
    </message>
    <message>
        <source>Reader: {state}</source>
        <translation>Reader: {state}</translation>
    </message>
    <message>
        <source>Records still waiting to be sent: {count}</source>
        <translation>Records still waiting to be sent: {count}</translation>
    </message>
    <message>
        <source>Records that still wait are kept safely on this kiosk and are sent the next time it starts with a connection.</source>
        <translation>Records that still wait are kept safely on this kiosk and are sent the next time it starts with a connection.</translation>
    </message>
    <message>
        <source>Records waiting: {waiting}, quarantined: {quarantined}</source>
        <translation>Records waiting: {waiting}, quarantined: {quarantined}</translation>
    </message>
    <message>
        <source>Retry records on hold</source>
        <translation>Retry records on hold</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Send now</translation>
    </message>
    <message>
        <source>Send now and wait</source>
        <translation>Send now and wait</translation>
    </message>
    <message>
        <source>Send shelter close notice and quit</source>
        <translation>Send shelter close notice and quit</translation>
    </message>
    <message>
        <source>Send shelter open notice</source>
        <translation>Send shelter open notice</translation>
    </message>
    <message>
        <source>Send the shelter close notice?</source>
        <translation>Send the shelter close notice?</translation>
    </message>
    <message>
        <source>Sending now.</source>
        <translation>Sending now.</translation>
    </message>
    <message>
        <source>Sending… Please wait. Records still waiting: {count}</source>
        <translation>Sending… Please wait. Records still waiting: {count}</translation>
    </message>
    <message>
        <source>Set-up code from IT</source>
        <translation>Set-up code from IT</translation>
    </message>
    <message>
        <source>Shelter close notice queued</source>
        <translation>Shelter close notice queued</translation>
    </message>
    <message>
        <source>Shelter open notice queued.</source>
        <translation>Shelter open notice queued.</translation>
    </message>
    <message>
        <source>Staff login</source>
        <translation>Staff login</translation>
    </message>
    <message>
        <source>Staff login to quit the kiosk</source>
        <translation>Staff login to quit the kiosk</translation>
    </message>
    <message>
        <source>Staff menu</source>
        <translation>Staff menu</translation>
    </message>
    <message>
        <source>Staff menu: enter your password</source>
        <translation>Staff menu: enter your password</translation>
    </message>
    <message>
        <source>Staff must open it again: log in to open the shelter. The management system is told it opened.</source>
        <translation>Staff must open it again: log in to open the shelter. The management system is told it opened.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>That did not work. Please try again.</source>
        <translation>That did not work. Please try again.</translation>
    </message>
    <message>
        <source>The account could not be created.</source>
        <translation>The account could not be created.</translation>
    </message>
    <message>
        <source>The management system is told that this shelter is closed. Then the kiosk shows how many records still wait, and staff can quit it.</source>
        <translation>The management system is told that this shelter is closed. Then the kiosk shows how many records still wait, and staff can quit it.</translation>
    </message>
    <message>
        <source>The notice could not be saved. Please try again.</source>
        <translation>The notice could not be saved. Please try again.</translation>
    </message>
    <message>
        <source>The notice was not recorded: the kiosk cannot record yet.</source>
        <translation>The notice was not recorded: the kiosk cannot record yet.</translation>
    </message>
    <message>
        <source>The password needs at least 10 characters.</source>
        <translation>The password needs at least 10 characters.</translation>
    </message>
    <message>
        <source>The set-up code is not correct.</source>
        <translation>The set-up code is not correct.</translation>
    </message>
    <message>
        <source>The settings file was damaged. It was set aside as {path}; the values that could be read were kept.</source>
        <translation>The settings file was damaged. It was set aside as {path}; the values that could be read were kept.</translation>
    </message>
    <message>
        <source>The shelter is closed</source>
        <translation>The shelter is closed</translation>
    </message>
    <message>
        <source>The shelter is closed: evacuees cannot check in. Send the shelter open notice to open it again, or log out.</source>
        <translation>The shelter is closed: evacuees cannot check in. Send the shelter open notice to open it again, or log out.</translation>
    </message>
    <message>
        <source>The shelter is open already: no notice was sent.</source>
        <translation>The shelter is open already: no notice was sent.</translation>
    </message>
    <message>
        <source>The shelter is open. Log in to start the kiosk: no notice is sent.</source>
        <translation>The shelter is open. Log in to start the kiosk: no notice is sent.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message>
        <source>These settings were not usable and are back at their defaults: {keys}</source>
        <translation>These settings were not usable and are back at their defaults: {keys}</translation>
    </message>
    <message>
        <source>This kiosk cannot record anything until the shelter ID is set. Open App settings and enter it.</source>
        <translation>This kiosk cannot record anything until the shelter ID is set. Open App settings and enter it.</translation>
    </message>
    <message>
        <source>This terminal has lost its ID (damaged settings). It cannot record anything until IT restores the terminal_id file.</source>
        <translation>This terminal has lost its ID (damaged settings). It cannot record anything until IT restores the terminal_id file.</translation>
    </message>
    <message>
        <source>Too many wrong tries. Please wait and try again later.</source>
        <translation>Too many wrong tries. Please wait and try again later.</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>User ID</translation>
    </message>
    <message>
        <source>User ID or password is not correct.</source>
        <translation>User ID or password is not correct.</translation>
    </message>
    <message>
        <source>Yes, delete</source>
        <translation>Yes, delete</translation>
    </message>
    <message>
        <source>Yes, quit</source>
        <translation>Yes, quit</translation>
    </message>
    <message>
        <source>Yes, send the close notice</source>
        <translation>Yes, send the close notice</translation>
    </message>
    <message>
        <source>connected, card on the reader</source>
        <translation>connected, card on the reader</translation>
    </message>
    <message>
        <source>connected, no card</source>
        <translation>connected, no card</translation>
    </message>
    <message>
        <source>no reader connected</source>
        <translation>no reader connected</translation>
    </message>
</context>
<context>
    <name>StaffLog</name>
    <message>
        <source>A card could not be read ({code}).</source>
        <translation>A card could not be read ({code}).</translation>
    </message>
    <message>
        <source>A staff account was created.</source>
        <translation>A staff account was created.</translation>
    </message>
    <message>
        <source>A staff login was refused ({code}).</source>
        <translation>A staff login was refused ({code}).</translation>
    </message>
    <message>
        <source>A staff member logged in.</source>
        <translation>A staff member logged in.</translation>
    </message>
    <message>
        <source>A staff member logged out.</source>
        <translation>A staff member logged out.</translation>
    </message>
    <message>
        <source>A staff screen was left untouched: back to the kiosk.</source>
        <translation>A staff screen was left untouched: back to the kiosk.</translation>
    </message>
    <message>
        <source>Demo: a sample card was placed.</source>
        <translation>Demo: a sample card was placed.</translation>
    </message>
    <message>
        <source>Demo: the practice data has its own folder.</source>
        <translation>Demo: the practice data has its own folder.</translation>
    </message>
    <message>
        <source>Demo: the practice management server runs at {url}.</source>
        <translation>Demo: the practice management server runs at {url}.</translation>
    </message>
    <message>
        <source>Demo: the sample card was taken away.</source>
        <translation>Demo: the sample card was taken away.</translation>
    </message>
    <message>
        <source>Sending failed ({code}). The kiosk tries again by itself.</source>
        <translation>Sending failed ({code}). The kiosk tries again by itself.</translation>
    </message>
    <message>
        <source>Sending stopped ({code}). See the status.</source>
        <translation>Sending stopped ({code}). See the status.</translation>
    </message>
    <message>
        <source>Technical message for IT ({code})</source>
        <translation>Technical message for IT ({code})</translation>
    </message>
    <message>
        <source>The card reader is missing.</source>
        <translation>The card reader is missing.</translation>
    </message>
    <message>
        <source>The close notice waits until the earlier records are sent.</source>
        <translation>The close notice waits until the earlier records are sent.</translation>
    </message>
    <message>
        <source>The management server can be reached again.</source>
        <translation>The management server can be reached again.</translation>
    </message>
    <message>
        <source>The record database needs attention ({code}). See the status.</source>
        <translation>The record database needs attention ({code}). See the status.</translation>
    </message>
    <message>
        <source>The screen language was changed.</source>
        <translation>The screen language was changed.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Registrations are kept safely on this kiosk</source>
        <translation>Registrations are kept safely on this kiosk</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message numerus="yes">
        <source>%n records could not be read (ids: {ids}).</source>
        <translation>
            <numerusform>%n record could not be read (id: {ids}).</numerusform>
            <numerusform>%n records could not be read (ids: {ids}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records could not be read.</source>
        <translation>
            <numerusform>%n record could not be read.</numerusform>
            <numerusform>%n records could not be read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records were put on hold: they failed their check.</source>
        <translation>
            <numerusform>%n record was put on hold: it failed its check.</numerusform>
            <numerusform>%n records were put on hold: they failed their check.</numerusform>
        </translation>
    </message>
    <message>
        <source>How many records could not be read is not known.</source>
        <translation>How many records could not be read is not known.</translation>
    </message>
    <message>
        <source>I have read this</source>
        <translation>I have read this</translation>
    </message>
    <message>
        <source>The damaged file was kept as {name} for IT. Do not delete it.</source>
        <translation>The damaged file was kept as {name} for IT. Do not delete it.</translation>
    </message>
    <message>
        <source>The record database is damaged and could not be repaired. This kiosk cannot record anything: people are told to see staff. Register people by hand and call IT. IT: stop the kiosk, then run python -m kiosk.outbox recover. Do not delete any files.</source>
        <translation>The record database is damaged and could not be repaired. This kiosk cannot record anything: people are told to see staff. Register people by hand and call IT. IT: stop the kiosk, then run python -m kiosk.outbox recover. Do not delete any files.</translation>
    </message>
    <message numerus="yes">
        <source>The record database was damaged. %n records were saved into a new database; those not yet sent will be sent.</source>
        <translation>
            <numerusform>The record database was damaged. %n record was saved into a new database; if it was not yet sent, it will be sent.</numerusform>
            <numerusform>The record database was damaged. %n records were saved into a new database; those not yet sent will be sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncProblem</name>
    <message numerus="yes">
        <source>%n records were left &apos;in flight&apos; by a sender that stopped; they will be sent again within 10 minutes or after a restart.</source>
        <translation>
            <numerusform>%n record was left &apos;in flight&apos; by a sender that stopped; it will be sent again within 10 minutes or after a restart.</numerusform>
            <numerusform>%n records were left &apos;in flight&apos; by a sender that stopped; they will be sent again within 10 minutes or after a restart.</numerusform>
        </translation>
    </message>
    <message>
        <source>A record is on hold: the server already has a different record with the same ID. Tell IT. The record stays on this kiosk.</source>
        <translation>A record is on hold: the server already has a different record with the same ID. Tell IT. The record stays on this kiosk.</translation>
    </message>
    <message>
        <source>A record is on hold: the server refused it. Tell IT. The record stays on this kiosk.</source>
        <translation>A record is on hold: the server refused it. Tell IT. The record stays on this kiosk.</translation>
    </message>
    <message>
        <source>For IT: {details}</source>
        <translation>For IT: {details}</translation>
    </message>
    <message>
        <source>The API URL in the settings does not lead to the management server. IT must check the URL. Records wait on this kiosk.</source>
        <translation>The API URL in the settings does not lead to the management server. IT must check the URL. Records wait on this kiosk.</translation>
    </message>
    <message>
        <source>The API URL starts with http://, which is allowed only to this machine. IT must set an https:// URL in the settings. Nothing was sent.</source>
        <translation>The API URL starts with http://, which is allowed only to this machine. IT must set an https:// URL in the settings. Nothing was sent.</translation>
    </message>
    <message>
        <source>The connection dropped while sending. The kiosk sends again by itself; the server does not count a record twice.</source>
        <translation>The connection dropped while sending. The kiosk sends again by itself; the server does not count a record twice.</translation>
    </message>
    <message>
        <source>The kiosk cannot reach the management server. Check the network cable or Wi-Fi. Records wait on this kiosk and are sent when the connection is back.</source>
        <translation>The kiosk cannot reach the management server. Check the network cable or Wi-Fi. Records wait on this kiosk and are sent when the connection is back.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s disk is full: new check-ins may not be saved. Tell IT at once. Do not delete any files.</source>
        <translation>The kiosk&apos;s disk is full: new check-ins may not be saved. Tell IT at once. Do not delete any files.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s record database has a problem. Tell IT at once. Do not delete any files.</source>
        <translation>The kiosk&apos;s record database has a problem. Tell IT at once. Do not delete any files.</translation>
    </message>
    <message>
        <source>The management server has a problem of its own. The kiosk tries again by itself. Records wait on this kiosk.</source>
        <translation>The management server has a problem of its own. The kiosk tries again by itself. Records wait on this kiosk.</translation>
    </message>
    <message>
        <source>The network answered with another page (a Wi-Fi sign-in page?), not the management server. Sign in to the network or use another one. Records wait on this kiosk.</source>
        <translation>The network answered with another page (a Wi-Fi sign-in page?), not the management server. Sign in to the network or use another one. Records wait on this kiosk.</translation>
    </message>
    <message>
        <source>The server asked the kiosk to send more slowly. The kiosk waits and tries again by itself.</source>
        <translation>The server asked the kiosk to send more slowly. The kiosk waits and tries again by itself.</translation>
    </message>
    <message>
        <source>The server asked to send some records again later. The kiosk does this by itself.</source>
        <translation>The server asked to send some records again later. The kiosk does this by itself.</translation>
    </message>
    <message>
        <source>The server did not answer in time. The kiosk tries again by itself. Records wait on this kiosk.</source>
        <translation>The server did not answer in time. The kiosk tries again by itself. Records wait on this kiosk.</translation>
    </message>
    <message>
        <source>The server did not confirm every record. The kiosk sends the others again by itself.</source>
        <translation>The server did not confirm every record. The kiosk sends the others again by itself.</translation>
    </message>
    <message>
        <source>The server refused all records: probably a settings problem (is the shelter ID registered?). Check the settings, then press Send now.</source>
        <translation>The server refused all records: probably a settings problem (is the shelter ID registered?). Check the settings, then press Send now.</translation>
    </message>
    <message>
        <source>The server refused the API token. Nothing is sent until the correct token is set in the settings.</source>
        <translation>The server refused the API token. Nothing is sent until the correct token is set in the settings.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large. Nothing is lost; the kiosk tries again. If this stays, tell IT.</source>
        <translation>The server&apos;s answer was too large. Nothing is lost; the kiosk tries again. If this stays, tell IT.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted. If the city uses its own certificate authority, IT must set the CA file in the settings. Records wait on this kiosk.</source>
        <translation>The server&apos;s certificate is not trusted. If the city uses its own certificate authority, IT must set the CA file in the settings. Records wait on this kiosk.</translation>
    </message>
    <message>
        <source>The server&apos;s name cannot be found. Check the network; if it works, IT must check the API URL in the settings. Records wait on this kiosk.</source>
        <translation>The server&apos;s name cannot be found. Check the network; if it works, IT must check the API URL in the settings. Records wait on this kiosk.</translation>
    </message>
    <message>
        <source>This terminal&apos;s clock is {minutes} minutes off. Please set the date and time.</source>
        <translation>This terminal&apos;s clock is {minutes} minutes off. Please set the date and time.</translation>
    </message>
    <message>
        <source>record {record}</source>
        <translation>record {record}</translation>
    </message>
    <message>
        <source>server code {code}</source>
        <translation>server code {code}</translation>
    </message>
</context>
<context>
    <name>TakeCard</name>
    <message>
        <source>Please take your card</source>
        <translation>Please take your card</translation>
    </message>
    <message>
        <source>Your card is still on the reader. To start again, take it and place it again.</source>
        <translation>Your card is still on the reader. To start again, take it and place it again.</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>TRAINING MODE: every new record is a training record</source>
        <translation>TRAINING MODE: every new record is a training record</translation>
    </message>
</context>
</TS>
