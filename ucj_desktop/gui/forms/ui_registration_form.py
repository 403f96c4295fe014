# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'registration_form.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFrame,
    QGridLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

from ucj_desktop.gui.widgets.eligibility_panel import EligibilityPanel

class Ui_RegistrationForm(object):
    def setupUi(self, RegistrationForm):
        if not RegistrationForm.objectName():
            RegistrationForm.setObjectName(u"RegistrationForm")
        RegistrationForm.resize(1180, 760)
        self.rootLayout = QVBoxLayout(RegistrationForm)
        self.rootLayout.setSpacing(10)
        self.rootLayout.setObjectName(u"rootLayout")
        self.rootLayout.setContentsMargins(28, 22, 28, 18)
        self.titleLabel = QLabel(RegistrationForm)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"pageTitle")

        self.rootLayout.addWidget(self.titleLabel)

        self.hintLabel = QLabel(RegistrationForm)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setProperty(u"role", u"pageHint")

        self.rootLayout.addWidget(self.hintLabel)

        self.modeLabel = QLabel(RegistrationForm)
        self.modeLabel.setObjectName(u"modeLabel")
        self.modeLabel.setProperty(u"role", u"notice")
        self.modeLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.modeLabel)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setSpacing(16)
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.formScroll = QScrollArea(RegistrationForm)
        self.formScroll.setObjectName(u"formScroll")
        self.formScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.formScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.formScroll.setWidgetResizable(True)
        self.formCard = QFrame()
        self.formCard.setObjectName(u"formCard")
        self.formCard.setProperty(u"role", u"card")
        self.formCardLayout = QVBoxLayout(self.formCard)
        self.formCardLayout.setObjectName(u"formCardLayout")
        self.formCardLayout.setContentsMargins(18, 14, 18, 14)
        self.formGrid = QGridLayout()
        self.formGrid.setObjectName(u"formGrid")
        self.formGrid.setHorizontalSpacing(12)
        self.formGrid.setVerticalSpacing(6)
        self.nikLabel = QLabel(self.formCard)
        self.nikLabel.setObjectName(u"nikLabel")

        self.formGrid.addWidget(self.nikLabel, 0, 0, 1, 1, Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.nikRow = QHBoxLayout()
        self.nikRow.setSpacing(8)
        self.nikRow.setObjectName(u"nikRow")
        self.nikEdit = QLineEdit(self.formCard)
        self.nikEdit.setObjectName(u"nikEdit")
        self.nikEdit.setMaxLength(16)

        self.nikRow.addWidget(self.nikEdit)

        self.desilBadge = QLabel(self.formCard)
        self.desilBadge.setObjectName(u"desilBadge")

        self.nikRow.addWidget(self.desilBadge)

        self.nikSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.nikRow.addItem(self.nikSpacer)


        self.formGrid.addLayout(self.nikRow, 0, 1, 1, 1)

        self.nikNotes = QVBoxLayout()
        self.nikNotes.setSpacing(2)
        self.nikNotes.setObjectName(u"nikNotes")
        self.lookupLabel = QLabel(self.formCard)
        self.lookupLabel.setObjectName(u"lookupLabel")
        self.lookupLabel.setWordWrap(True)
        self.lookupLabel.setProperty(u"role", u"fieldHint")

        self.nikNotes.addWidget(self.lookupLabel)

        self.nikError = QLabel(self.formCard)
        self.nikError.setObjectName(u"nikError")
        self.nikError.setWordWrap(True)
        self.nikError.setProperty(u"role", u"fieldError")

        self.nikNotes.addWidget(self.nikError)


        self.formGrid.addLayout(self.nikNotes, 1, 1, 1, 1)

        self.duplicateFrame = QFrame(self.formCard)
        self.duplicateFrame.setObjectName(u"duplicateFrame")
        self.duplicateFrame.setProperty(u"role", u"notice")
        self.duplicateLayout = QVBoxLayout(self.duplicateFrame)
        self.duplicateLayout.setObjectName(u"duplicateLayout")
        self.duplicateLayout.setContentsMargins(10, 6, 6, 6)
        self.duplicateLabel = QLabel(self.duplicateFrame)
        self.duplicateLabel.setObjectName(u"duplicateLabel")
        self.duplicateLabel.setWordWrap(True)

        self.duplicateLayout.addWidget(self.duplicateLabel)

        self.openExistingButton = QPushButton(self.duplicateFrame)
        self.openExistingButton.setObjectName(u"openExistingButton")

        self.duplicateLayout.addWidget(self.openExistingButton, 0, Qt.AlignmentFlag.AlignLeft)


        self.formGrid.addWidget(self.duplicateFrame, 2, 1, 1, 1)

        self.nameLabel = QLabel(self.formCard)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formGrid.addWidget(self.nameLabel, 3, 0, 1, 1, Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.nameEdit = QLineEdit(self.formCard)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(100)

        self.formGrid.addWidget(self.nameEdit, 3, 1, 1, 1)

        self.nameError = QLabel(self.formCard)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setWordWrap(True)
        self.nameError.setProperty(u"role", u"fieldError")

        self.formGrid.addWidget(self.nameError, 4, 1, 1, 1)

        self.kkLabel = QLabel(self.formCard)
        self.kkLabel.setObjectName(u"kkLabel")

        self.formGrid.addWidget(self.kkLabel, 5, 0, 1, 1, Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.kkEdit = QLineEdit(self.formCard)
        self.kkEdit.setObjectName(u"kkEdit")
        self.kkEdit.setMaxLength(16)

        self.formGrid.addWidget(self.kkEdit, 5, 1, 1, 1)

        self.kkError = QLabel(self.formCard)
        self.kkError.setObjectName(u"kkError")
        self.kkError.setWordWrap(True)
        self.kkError.setProperty(u"role", u"fieldError")

        self.formGrid.addWidget(self.kkError, 6, 1, 1, 1)

        self.birthLabel = QLabel(self.formCard)
        self.birthLabel.setObjectName(u"birthLabel")

        self.formGrid.addWidget(self.birthLabel, 7, 0, 1, 1, Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.birthRow = QHBoxLayout()
        self.birthRow.setSpacing(8)
        self.birthRow.setObjectName(u"birthRow")
        self.birthDateEdit = QLineEdit(self.formCard)
        self.birthDateEdit.setObjectName(u"birthDateEdit")
        self.birthDateEdit.setReadOnly(True)
        self.birthDateEdit.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.birthRow.addWidget(self.birthDateEdit)

        self.sexEdit = QLineEdit(self.formCard)
        self.sexEdit.setObjectName(u"sexEdit")
        self.sexEdit.setReadOnly(True)
        self.sexEdit.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.birthRow.addWidget(self.sexEdit)


        self.formGrid.addLayout(self.birthRow, 7, 1, 1, 1)

        self.birthError = QLabel(self.formCard)
        self.birthError.setObjectName(u"birthError")
        self.birthError.setWordWrap(True)
        self.birthError.setProperty(u"role", u"fieldError")

        self.formGrid.addWidget(self.birthError, 8, 1, 1, 1)

        self.addressLabel = QLabel(self.formCard)
        self.addressLabel.setObjectName(u"addressLabel")

        self.formGrid.addWidget(self.addressLabel, 9, 0, 1, 1, Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.addressEdit = QLineEdit(self.formCard)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setMaxLength(200)

        self.formGrid.addWidget(self.addressEdit, 9, 1, 1, 1)

        self.addressError = QLabel(self.formCard)
        self.addressError.setObjectName(u"addressError")
        self.addressError.setWordWrap(True)
        self.addressError.setProperty(u"role", u"fieldError")

        self.formGrid.addWidget(self.addressError, 10, 1, 1, 1)

        self.rtLabel = QLabel(self.formCard)
        self.rtLabel.setObjectName(u"rtLabel")

        self.formGrid.addWidget(self.rtLabel, 11, 0, 1, 1, Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.rtRow = QHBoxLayout()
        self.rtRow.setSpacing(8)
        self.rtRow.setObjectName(u"rtRow")
        self.rtEdit = QLineEdit(self.formCard)
        self.rtEdit.setObjectName(u"rtEdit")
        self.rtEdit.setMaxLength(3)

        self.rtRow.addWidget(self.rtEdit)

        self.rwSlash = QLabel(self.formCard)
        self.rwSlash.setObjectName(u"rwSlash")

        self.rtRow.addWidget(self.rwSlash)

        self.rwEdit = QLineEdit(self.formCard)
        self.rwEdit.setObjectName(u"rwEdit")
        self.rwEdit.setMaxLength(3)

        self.rtRow.addWidget(self.rwEdit)

        self.rtSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rtRow.addItem(self.rtSpacer)


        self.formGrid.addLayout(self.rtRow, 11, 1, 1, 1)

        self.rtError = QLabel(self.formCard)
        self.rtError.setObjectName(u"rtError")
        self.rtError.setWordWrap(True)
        self.rtError.setProperty(u"role", u"fieldError")

        self.formGrid.addWidget(self.rtError, 12, 1, 1, 1)

        self.kelurahanLabel = QLabel(self.formCard)
        self.kelurahanLabel.setObjectName(u"kelurahanLabel")

        self.formGrid.addWidget(self.kelurahanLabel, 13, 0, 1, 1, Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.kelurahanCombo = QComboBox(self.formCard)
        self.kelurahanCombo.setObjectName(u"kelurahanCombo")
        self.kelurahanCombo.setEditable(True)
        self.kelurahanCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.kelurahanCombo.setMaxVisibleItems(14)

        self.formGrid.addWidget(self.kelurahanCombo, 13, 1, 1, 1)

        self.kelurahanError = QLabel(self.formCard)
        self.kelurahanError.setObjectName(u"kelurahanError")
        self.kelurahanError.setWordWrap(True)
        self.kelurahanError.setProperty(u"role", u"fieldError")

        self.formGrid.addWidget(self.kelurahanError, 14, 1, 1, 1)

        self.phoneLabel = QLabel(self.formCard)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.formGrid.addWidget(self.phoneLabel, 15, 0, 1, 1, Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.phoneEdit = QLineEdit(self.formCard)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(20)

        self.formGrid.addWidget(self.phoneEdit, 15, 1, 1, 1)

        self.phoneError = QLabel(self.formCard)
        self.phoneError.setObjectName(u"phoneError")
        self.phoneError.setWordWrap(True)
        self.phoneError.setProperty(u"role", u"fieldError")

        self.formGrid.addWidget(self.phoneError, 16, 1, 1, 1)

        self.occupation1Label = QLabel(self.formCard)
        self.occupation1Label.setObjectName(u"occupation1Label")

        self.formGrid.addWidget(self.occupation1Label, 17, 0, 1, 1, Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.occupation1Combo = QComboBox(self.formCard)
        self.occupation1Combo.setObjectName(u"occupation1Combo")

        self.formGrid.addWidget(self.occupation1Combo, 17, 1, 1, 1)

        self.occupationError = QLabel(self.formCard)
        self.occupationError.setObjectName(u"occupationError")
        self.occupationError.setWordWrap(True)
        self.occupationError.setProperty(u"role", u"fieldError")

        self.formGrid.addWidget(self.occupationError, 18, 1, 1, 1)

        self.occupation2Label = QLabel(self.formCard)
        self.occupation2Label.setObjectName(u"occupation2Label")

        self.formGrid.addWidget(self.occupation2Label, 19, 0, 1, 1, Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.occupation2Combo = QComboBox(self.formCard)
        self.occupation2Combo.setObjectName(u"occupation2Combo")

        self.formGrid.addWidget(self.occupation2Combo, 19, 1, 1, 1)

        self.incomeLabel = QLabel(self.formCard)
        self.incomeLabel.setObjectName(u"incomeLabel")

        self.formGrid.addWidget(self.incomeLabel, 20, 0, 1, 1, Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.incomeRow = QHBoxLayout()
        self.incomeRow.setSpacing(8)
        self.incomeRow.setObjectName(u"incomeRow")
        self.incomeSpin = QSpinBox(self.formCard)
        self.incomeSpin.setObjectName(u"incomeSpin")
        self.incomeSpin.setMaximum(999999999)
        self.incomeSpin.setSingleStep(100000)
        self.incomeSpin.setValue(1000000)
        self.incomeSpin.setMinimumSize(QSize(170, 0))

        self.incomeRow.addWidget(self.incomeSpin)

        self.incomeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.incomeRow.addItem(self.incomeSpacer)


        self.formGrid.addLayout(self.incomeRow, 20, 1, 1, 1)

        self.incomeNotes = QVBoxLayout()
        self.incomeNotes.setSpacing(2)
        self.incomeNotes.setObjectName(u"incomeNotes")
        self.incomeHint = QLabel(self.formCard)
        self.incomeHint.setObjectName(u"incomeHint")
        self.incomeHint.setWordWrap(True)
        self.incomeHint.setProperty(u"role", u"fieldHint")

        self.incomeNotes.addWidget(self.incomeHint)

        self.incomeError = QLabel(self.formCard)
        self.incomeError.setObjectName(u"incomeError")
        self.incomeError.setWordWrap(True)
        self.incomeError.setProperty(u"role", u"fieldError")

        self.incomeNotes.addWidget(self.incomeError)


        self.formGrid.addLayout(self.incomeNotes, 21, 1, 1, 1)

        self.consentCheck = QCheckBox(self.formCard)
        self.consentCheck.setObjectName(u"consentCheck")

        self.formGrid.addWidget(self.consentCheck, 22, 0, 1, 2)

        self.consentNotice = QLabel(self.formCard)
        self.consentNotice.setObjectName(u"consentNotice")
        self.consentNotice.setProperty(u"role", u"fieldHint")
        self.consentNotice.setWordWrap(True)

        self.formGrid.addWidget(self.consentNotice, 23, 0, 1, 2)

        self.consentError = QLabel(self.formCard)
        self.consentError.setObjectName(u"consentError")
        self.consentError.setWordWrap(True)
        self.consentError.setProperty(u"role", u"fieldError")

        self.formGrid.addWidget(self.consentError, 24, 0, 1, 2)

        self.formGrid.setColumnStretch(1, 1)

        self.formCardLayout.addLayout(self.formGrid)

        self.formSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.formCardLayout.addItem(self.formSpacer)

        self.formScroll.setWidget(self.formCard)

        self.bodyLayout.addWidget(self.formScroll)

        self.panelScroll = QScrollArea(RegistrationForm)
        self.panelScroll.setObjectName(u"panelScroll")
        self.panelScroll.setMinimumSize(QSize(380, 0))
        self.panelScroll.setMaximumSize(QSize(420, 16777215))
        self.panelScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.panelScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.panelScroll.setWidgetResizable(True)
        self.eligibilityPanel = EligibilityPanel()
        self.eligibilityPanel.setObjectName(u"eligibilityPanel")
        self.panelScroll.setWidget(self.eligibilityPanel)

        self.bodyLayout.addWidget(self.panelScroll)

        self.bodyLayout.setStretch(0, 1)

        self.rootLayout.addLayout(self.bodyLayout)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setSpacing(8)
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.statusLabel = QLabel(RegistrationForm)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.buttonLayout.addWidget(self.statusLabel)

        self.clearButton = QPushButton(RegistrationForm)
        self.clearButton.setObjectName(u"clearButton")

        self.buttonLayout.addWidget(self.clearButton)

        self.draftButton = QPushButton(RegistrationForm)
        self.draftButton.setObjectName(u"draftButton")

        self.buttonLayout.addWidget(self.draftButton)

        self.submitButton = QPushButton(RegistrationForm)
        self.submitButton.setObjectName(u"submitButton")

        self.buttonLayout.addWidget(self.submitButton)

        self.buttonLayout.setStretch(0, 1)

        self.rootLayout.addLayout(self.buttonLayout)

        self.rootLayout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.nikLabel.setBuddy(self.nikEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.kkLabel.setBuddy(self.kkEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.rtLabel.setBuddy(self.rtEdit)
        self.kelurahanLabel.setBuddy(self.kelurahanCombo)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.occupation1Label.setBuddy(self.occupation1Combo)
        self.occupation2Label.setBuddy(self.occupation2Combo)
        self.incomeLabel.setBuddy(self.incomeSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nikEdit, self.openExistingButton)
        QWidget.setTabOrder(self.openExistingButton, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.kkEdit)
        QWidget.setTabOrder(self.kkEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.rtEdit)
        QWidget.setTabOrder(self.rtEdit, self.rwEdit)
        QWidget.setTabOrder(self.rwEdit, self.kelurahanCombo)
        QWidget.setTabOrder(self.kelurahanCombo, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.occupation1Combo)
        QWidget.setTabOrder(self.occupation1Combo, self.occupation2Combo)
        QWidget.setTabOrder(self.occupation2Combo, self.incomeSpin)
        QWidget.setTabOrder(self.incomeSpin, self.consentCheck)
        QWidget.setTabOrder(self.consentCheck, self.submitButton)
        QWidget.setTabOrder(self.submitButton, self.draftButton)
        QWidget.setTabOrder(self.draftButton, self.clearButton)

        self.retranslateUi(RegistrationForm)

        QMetaObject.connectSlotsByName(RegistrationForm)
    # setupUi

    def retranslateUi(self, RegistrationForm):
        RegistrationForm.setWindowTitle(QCoreApplication.translate("RegistrationForm", u"Pendaftaran", None))
        self.titleLabel.setText(QCoreApplication.translate("RegistrationForm", u"Pendaftaran", None))
        self.hintLabel.setText(QCoreApplication.translate("RegistrationForm", u"Ketik NIK: data DTSEN mengisi formulir. Enter mengajukan, Ctrl+S menyimpan draf, Esc membersihkan.", None))
        self.nikLabel.setText(QCoreApplication.translate("RegistrationForm", u"&NIK", None))
        self.nikEdit.setPlaceholderText(QCoreApplication.translate("RegistrationForm", u"16 digit, mis. 3275014101900001", None))
        self.openExistingButton.setText(QCoreApplication.translate("RegistrationForm", u"B&uka pendaftaran itu", None))
        self.nameLabel.setText(QCoreApplication.translate("RegistrationForm", u"Nama &lengkap", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("RegistrationForm", u"sesuai KTP-el", None))
        self.kkLabel.setText(QCoreApplication.translate("RegistrationForm", u"No. &KK", None))
        self.kkEdit.setPlaceholderText(QCoreApplication.translate("RegistrationForm", u"16 digit Kartu Keluarga", None))
        self.birthLabel.setText(QCoreApplication.translate("RegistrationForm", u"Tgl. lahir / JK", None))
        self.birthDateEdit.setPlaceholderText(QCoreApplication.translate("RegistrationForm", u"dari NIK", None))
        self.sexEdit.setPlaceholderText(QCoreApplication.translate("RegistrationForm", u"dari NIK", None))
        self.addressLabel.setText(QCoreApplication.translate("RegistrationForm", u"Alama&t", None))
        self.addressEdit.setPlaceholderText(QCoreApplication.translate("RegistrationForm", u"jalan, nomor rumah", None))
        self.rtLabel.setText(QCoreApplication.translate("RegistrationForm", u"&RT / RW", None))
        self.rtEdit.setPlaceholderText(QCoreApplication.translate("RegistrationForm", u"RT", None))
        self.rwSlash.setText(QCoreApplication.translate("RegistrationForm", u"/", None))
        self.rwEdit.setPlaceholderText(QCoreApplication.translate("RegistrationForm", u"RW", None))
        self.kelurahanLabel.setText(QCoreApplication.translate("RegistrationForm", u"Kel&urahan", None))
        self.phoneLabel.setText(QCoreApplication.translate("RegistrationForm", u"Telepon/&HP", None))
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("RegistrationForm", u"08xx xxxx xxxx (boleh kosong)", None))
        self.occupation1Label.setText(QCoreApplication.translate("RegistrationForm", u"Pekerjaan &1", None))
        self.occupation2Label.setText(QCoreApplication.translate("RegistrationForm", u"Pekerjaan &2", None))
        self.incomeLabel.setText(QCoreApplication.translate("RegistrationForm", u"&Penghasilan", None))
        self.incomeSpin.setPrefix(QCoreApplication.translate("RegistrationForm", u"Rp ", None))
        self.incomeHint.setText(QCoreApplication.translate("RegistrationForm", u"per bulan, yang dinyatakan pekerja", None))
        self.consentCheck.setText(QCoreApplication.translate("RegistrationForm", u"Pekerja &setuju datanya dipakai untuk pendaftaran", None))
        self.consentNotice.setText(QCoreApplication.translate("RegistrationForm", u"Data NIK, nama, alamat, telepon dan pekerjaan dipakai Pemkot Bekasi dan BPJS Ketenagakerjaan hanya untuk kepesertaan SIGAP (UU 27/2022 Pelindungan Data Pribadi).", None))
        self.clearButton.setText(QCoreApplication.translate("RegistrationForm", u"&Bersihkan", None))
        self.draftButton.setText(QCoreApplication.translate("RegistrationForm", u"Simpan &draf", None))
#if QT_CONFIG(tooltip)
        self.draftButton.setToolTip(QCoreApplication.translate("RegistrationForm", u"Simpan draf (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        self.submitButton.setText(QCoreApplication.translate("RegistrationForm", u"&Ajukan verifikasi", None))
#if QT_CONFIG(tooltip)
        self.submitButton.setToolTip(QCoreApplication.translate("RegistrationForm", u"Ajukan verifikasi (Enter)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

